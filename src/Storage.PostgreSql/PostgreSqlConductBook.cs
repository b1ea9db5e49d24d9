using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.PostgreSql;

internal sealed class PostgreSqlConductBook(PostgreSqlDatabase db) : IConductBook
{
    public Task<IReadOnlyList<ConductRecord>> LevelsOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        db.CachedAsync(ReadSubject.Student(student.Value), CachedRead.Conduct, ct => ReadLevelsAsync(student, ct), cancellationToken);

    private async Task<IReadOnlyList<ConductRecord>> ReadLevelsAsync(StudentCode student, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.ConductColumns} FROM conduct WHERE student = @student ORDER BY term", cancellationToken).ConfigureAwait(false))
            .With("student", student.Value);
        return await command.ReadAllAsync(RecordRows.Conduct, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<Remark>> RemarksOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        db.CachedAsync<IReadOnlyList<Remark>>(ReadSubject.Student(student.Value), CachedRead.Remarks,
            async ct => (await RemarksOfAsync([student], ct).ConfigureAwait(false))[student].ToList(), cancellationToken);

    /// <summary>Oldest first; remarks of one day in the order they were written.</summary>
    public async Task<ILookup<StudentCode, Remark>> RemarksOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.RemarkColumns} FROM remarks WHERE student = ANY(@students) ORDER BY student, written_on, seq",
            cancellationToken).ConfigureAwait(false))
            .With("students", PostgreSqlGradeBook.Codes(students));
        return (await command.ReadAllAsync(RecordRows.Remark, cancellationToken).ConfigureAwait(false)).ToLookup(r => r.Student);
    }
}
