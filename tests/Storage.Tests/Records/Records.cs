using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Storage.Tests.Records;

/// <summary>Small builders of the records the contract tests save.</summary>
internal static class Records
{
    public static StudentCode Code(string code) => StudentCode.Parse(code);

    public static Student Student(string code, string className = "6A") =>
        Domain.Students.Student.Enrol(Code(code), "Nguyễn Văn " + code, new DateOnly(2014, 3, 9), ClassName.Parse(className));

    public static Guardian Guardian(string student, string name, string? phone, string relation = "Mẹ") =>
        Domain.Guardians.Guardian.Of(Code(student), name, phone is null ? null : PhoneNumber.Parse(phone), relation);

    public static Assessment Score(string student, Subject subject, Term term, string column, decimal score) =>
        Assessment.Create(Code(student), subject, term, Column.Parse(column), Mark.Of(Domain.Grades.Score.Of(score)));

    public static Absence Absence(string student, int day, DaySession session, bool excused = true) =>
        new(Code(student), new DateOnly(2026, 12, day), session, excused);

    public static AuditEntry Audit(DateTimeOffset at, string? student, string what, string? oldValue = null, string? newValue = null) =>
        AuditEntry.Record(new Actor("GV01", "telegram", null), at, student, what, oldValue, newValue);

    public static ChangeSet Changes(Action<ChangeSet> fill)
    {
        var changes = new ChangeSet();
        fill(changes);
        return changes;
    }
}
