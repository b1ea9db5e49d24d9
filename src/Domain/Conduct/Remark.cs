using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Conduct;

/// <summary>A teacher's written remark (nhận xét) about a student.</summary>
public sealed record Remark(Guid Id, StudentCode Student, Term Term, DateOnly Date, string TeacherCode, string Text)
{
    public static Remark Write(StudentCode student, Term term, DateOnly date, string teacherCode, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException("a remark needs text", nameof(text));
        return new Remark(Guid.NewGuid(), student, term, date, teacherCode, text.Trim());
    }
}
