using Npgsql;
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
    public Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        db.CachedAsync(ReadSubject.Student(student.Value), CachedRead.Marks, ct => ReadMarksAsync(student, ct), cancellationToken);

    private async Task<IReadOnlyList<Assessment>> ReadMarksAsync(StudentCode student, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.MarkColumns} FROM marks WHERE student = @student ORDER BY seq", cancellationToken).ConfigureAwait(false))
            .With("student", student.Value);
        return await command.ReadAllAsync(new MarkReader().Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Assessment>> MarksOfAsync(StudentCode student, Term term, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.MarkColumns} FROM marks WHERE student = @student AND term = @term ORDER BY seq", cancellationToken).ConfigureAwait(false))
            .With("student", student.Value).With("term", (short)term);
        return await command.ReadAllAsync(new MarkReader().Read, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ILookup<StudentCode, Assessment>> MarksOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.MarkColumns}, seq FROM marks WHERE student = ANY(@students)", cancellationToken).ConfigureAwait(false))
            .With("students", Codes(students));
        return await ByStudentAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The week's subjects found on the server: only their marks travel, not the class's whole year.</summary>
    public async Task<ILookup<StudentCode, Assessment>> MarksOfWeekAsync(IReadOnlyCollection<StudentCode> students, DateTimeOffset since, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        await using var command = (await db.CommandAsync(
            $"""
            WITH week AS (
                SELECT DISTINCT student, subject, term FROM marks
                WHERE student = ANY(@students) AND recorded_at >= @since AND recorded_at < @until)
            SELECT {RecordRows.MarkColumns}, seq FROM marks JOIN week USING (student, subject, term)
            """, cancellationToken).ConfigureAwait(false))
            .With("students", Codes(students)).WithTime("since", since).WithTime("until", until);
        return await ByStudentAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Mark rows with their <c>seq</c> after them, put in each student's order here rather than by the
    /// server: sorting a class's thousands of rows there took as long as finding them.
    /// </summary>
    private static async Task<ILookup<StudentCode, Assessment>> ByStudentAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var reader = new MarkReader();
        var rows = await command.ReadAllAsync(r => (Mark: reader.Read(r), Seq: r.GetInt64(7)), cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(row => row.Seq).ToLookup(row => row.Mark.Student, row => row.Mark);
    }

    internal static string[] Codes(IEnumerable<StudentCode> students) => [.. students.Select(s => s.Value).Distinct(StringComparer.Ordinal)];
}
