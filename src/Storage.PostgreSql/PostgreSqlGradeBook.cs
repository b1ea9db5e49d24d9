using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// A student's marks are a range of the primary key (student, subject, term, col). They come back
/// in the order the cells were first entered (<c>seq</c>), as LiteDB's packed document keeps them.
/// </summary>
internal sealed class PostgreSqlGradeBook(PostgreSqlDatabase db) : IGradeBook
{
    public async Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.MarkColumns} FROM marks WHERE student = @student ORDER BY seq", cancellationToken).ConfigureAwait(false))
            .With("student", student.Value);
        return await command.ReadAllAsync(RecordRows.Mark, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, Term term, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.MarkColumns} FROM marks WHERE student = @student AND term = @term ORDER BY seq", cancellationToken).ConfigureAwait(false))
            .With("student", student.Value).With("term", (short)term);
        return await command.ReadAllAsync(RecordRows.Mark, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ILookup<StudentCode, Assessment>> MarksOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.MarkColumns} FROM marks WHERE student = ANY(@students) ORDER BY student, seq", cancellationToken).ConfigureAwait(false))
            .With("students", Codes(students));
        return (await command.ReadAllAsync(RecordRows.Mark, cancellationToken).ConfigureAwait(false)).ToLookup(m => m.Student);
    }

    internal static string[] Codes(IEnumerable<StudentCode> students) => [.. students.Select(s => s.Value).Distinct(StringComparer.Ordinal)];
}
