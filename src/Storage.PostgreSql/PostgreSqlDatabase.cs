using Npgsql;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// The process's pool of connections, and the schema brought up to date once before the first
/// command: the stores never run on a database the code does not know. A start that failed (the
/// server not up yet) is tried again by the next command; a newer schema is refused every time.
/// </summary>
internal sealed class PostgreSqlDatabase(NpgsqlDataSource dataSource, Schema schema)
{
    private readonly Lock _gate = new();
    private Task? _upgrade;

    /// <summary>A command that takes a pooled connection when it runs and gives it back when done.</summary>
    public async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        return dataSource.CreateCommand(sql);
    }

    /// <summary>A connection of the pool, for statements that must share a transaction.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task ReadyAsync(CancellationToken cancellationToken)
    {
        Task upgrade;
        lock (_gate)
        {
            // Not the caller's token: the upgrade is shared, and one caller giving up must not fail the others.
            if (_upgrade is null || _upgrade.IsFaulted || _upgrade.IsCanceled)
                _upgrade = schema.UpgradeAsync(dataSource, CancellationToken.None);
            upgrade = _upgrade;
        }
        return upgrade.WaitAsync(cancellationToken);
    }
}
