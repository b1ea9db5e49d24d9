using Npgsql;
using SoLienLac.Domain.Records;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// Writes a <see cref="ChangeSet"/> in one transaction: a statement a kind of record, each taking
/// every row of that kind at once (arrays through <c>unnest</c>), in the order LiteDB writes them.
/// Any failure rolls the whole set back.
/// </summary>
internal sealed class PostgreSqlSchoolRecords(PostgreSqlDatabase db) : ISchoolRecords
{
    public async Task SaveAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty && changes.Audit.Count == 0) return;
        await using var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var statement in RecordWrites.For(changes))
        {
            await using var command = statement;
            command.Connection = connection;
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var subject in RecordWrites.Subjects(changes)) db.Reads.Forget(subject);
    }
}
