using SoLienLac.Domain.Audit;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>Entries of the same instant (one set of changes) keep the order they were written in.</summary>
internal sealed class PostgreSqlAuditLog(PostgreSqlDatabase db) : IAuditLog
{
    public async Task<IReadOnlyList<AuditEntry>> AboutAsync(string student, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.AuditColumns} FROM audit WHERE student = @student ORDER BY at, seq", cancellationToken).ConfigureAwait(false))
            .With("student", student);
        return await command.ReadAllAsync(RecordRows.Audit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        if (count <= 0) return [];
        await using var command = (await db.CommandAsync(
            $"SELECT {RecordRows.AuditColumns} FROM audit ORDER BY at DESC, seq DESC LIMIT @count", cancellationToken).ConfigureAwait(false))
            .With("count", count);
        return await command.ReadAllAsync(RecordRows.Audit, cancellationToken).ConfigureAwait(false);
    }
}
