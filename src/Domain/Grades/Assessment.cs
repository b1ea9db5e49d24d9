using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Grades;

/// <summary>One mark in one column of one subject for one student in one term.</summary>
public sealed record Assessment(StudentCode Student, Subject Subject, Term Term, Column Column, Mark Mark)
{
    /// <summary>When the mark was entered or last changed; null for marks from before this was kept.</summary>
    public DateTimeOffset? RecordedAt { get; init; }

    /// <summary>What identifies the cell, whatever its mark: re-entering the same cell replaces it.</summary>
    public string Key => $"{Student}|{Subject.Name}|{(int)Term}|{Column}";

    public static Assessment Create(StudentCode student, Subject subject, Term term, Column column, Mark mark)
    {
        if (subject.IsScored != mark.IsScore)
            throw new ArgumentException(subject.IsScored
                ? $"{subject.Name} is scored 0–10, not Đ/CĐ"
                : $"{subject.Name} is assessed Đ/CĐ, not by a score", nameof(mark));
        return new Assessment(student, subject, term, column, mark);
    }
}
