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

    public Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Assessment>>(MarksOf(student));

    public Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, Term term, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Assessment>>(MarksOf(student, term));

    public Task<ILookup<StudentCode, Assessment>> MarksOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken) =>
        Task.FromResult(students.Distinct().SelectMany(MarksOf).ToLookup(m => m.Student));

    public List<Assessment> MarksOf(StudentCode student) => _marks.Values.Where(m => m.Student == student).ToList();

    public List<Assessment> MarksOf(StudentCode student, Term term) => _marks.Values.Where(m => m.Student == student && m.Term == term).ToList();
}
