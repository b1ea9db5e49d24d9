using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>The updates begun, by key (docs/decisions/0011): the primary key decides which process begins one.</summary>
internal sealed class PostgreSqlUpdateLedger(PostgreSqlDatabase db) : IUpdateLedger
{
    public async Task<bool> TryBeginAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "INSERT INTO updates_begun (key, begun_at) VALUES (@key, @at) ON CONFLICT (key) DO NOTHING", cancellationToken).ConfigureAwait(false))
            .With("key", key).WithTime("at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("DELETE FROM updates_begun WHERE key = @key", cancellationToken).ConfigureAwait(false))
            .With("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("DELETE FROM updates_begun WHERE begun_at < @before", cancellationToken).ConfigureAwait(false))
            .WithTime("before", before);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
