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

    /// <summary>
    /// What a weekly summary needs of many students' marks: for each student, every mark of each
    /// subject and term in which a mark was recorded in [<paramref name="since"/>, <paramref name="until"/>)
    /// — the week's new marks with all their term's marks of the subject, for its average — and nothing
    /// of the subjects left untouched that week. A store may read less than the whole year to answer.
    /// </summary>
    async Task<ILookup<StudentCode, Assessment>> MarksOfWeekAsync(IReadOnlyCollection<StudentCode> students, DateTimeOffset since, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        var year = await MarksOfAsync(students, cancellationToken).ConfigureAwait(false);
        var touched = year.SelectMany(g => g).Where(m => m.RecordedAt is { } at && at >= since && at < until)
            .Select(m => (m.Student, m.Subject, m.Term)).ToHashSet();
        return year.SelectMany(g => g).Where(m => touched.Contains((m.Student, m.Subject, m.Term))).ToLookup(m => m.Student);
    }
}
