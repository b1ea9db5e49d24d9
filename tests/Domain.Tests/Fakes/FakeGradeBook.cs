using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Tests.Fakes;

/// <summary>The gradebook in memory: one mark a cell, a new one replacing the old.</summary>
public sealed class FakeGradeBook : IGradeBook
{
    private readonly Dictionary<string, Assessment> _marks = [];

    public FakeGradeBook(params IEnumerable<Assessment> marks) => Store(marks);

    public void Store(IEnumerable<Assessment> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        foreach (var mark in marks) _marks[mark.Key] = mark;
    }

    public IReadOnlyList<Assessment> MarksOf(StudentCode student) =>
        _marks.Values.Where(m => m.Student == student).ToList();

    public IReadOnlyList<Assessment> MarksOf(StudentCode student, Term term) =>
        _marks.Values.Where(m => m.Student == student && m.Term == term).ToList();

    public ILookup<StudentCode, Assessment> MarksOf(IReadOnlyCollection<StudentCode> students) =>
        students.Distinct().SelectMany(MarksOf).ToLookup(m => m.Student);
}
