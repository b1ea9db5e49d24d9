using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Grades;

/// <summary>Every mark entered for a student this school year.</summary>
public interface IGradeBook
{
    Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, CancellationToken cancellationToken);

    Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, Term term, CancellationToken cancellationToken);

    /// <summary>The year's marks of many students in one read (a class).</summary>
    Task<ILookup<StudentCode, Assessment>> MarksOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken);
}
