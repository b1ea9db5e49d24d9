using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;
using SoLienLac.Domain.Tests.Builders;
using SoLienLac.Domain.Tests.Fakes;
using SoLienLac.Domain.Tests.Teachers;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>
/// Score entry over fresh in-memory books for one test, on <see cref="EntryRoster"/>: by default the
/// homeroom teacher of 6A entering Toán, học kì I, tx1, where the given students already have a mark.
/// </summary>
public sealed class ScoreDesk
{
    public static readonly Column Tx1 = Column.Regular(1);

    public ScoreDesk(params (string Student, decimal Score)[] toanTx1)
    {
        ArgumentNullException.ThrowIfNull(toanTx1);
        Grades = new FakeGradeBook(toanTx1.SelectMany(m =>
            new MarksBuilder(m.Student).Scores(SubjectCatalog.Toan, Term.I, [m.Score], null, null).Build()));
        Records = new FakeSchoolRecords(Grades, new FakeAttendanceBook());
        Entry = new ScoreEntry(EntryRoster.Directory(), Grades, Records);
    }

    public FakeGradeBook Grades { get; }

    public FakeSchoolRecords Records { get; }

    public ScoreEntry Entry { get; }

    public ScoreBatch Preview(params string[] lines) => Preview(Staff.Homeroom, lines);

    public ScoreBatch Preview(Teacher teacher, params string[] lines) =>
        Entry.Preview(teacher, Staff.Own, SubjectCatalog.Toan, Term.I, Tx1, lines);

    /// <summary>The Toán tx1 mark the gradebook holds now, as a file would show it.</summary>
    public string? MarkOf(string student) =>
        Grades.MarksOf(StudentCode.Parse(student), Term.I)
            .SingleOrDefault(a => a.Subject == SubjectCatalog.Toan && a.Column == Tx1)?.Mark.ToString();

    public static string Describe(ScoreChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return $"{change.Student.Code}: {change.Before?.ToString() ?? "mới"} → {change.After}";
    }
}
