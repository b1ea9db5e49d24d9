using Npgsql;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// The process's pool of connections, and the schema brought up to date once before the first
/// command: the stores never run on a database the code does not know. A start that failed (the
/// server not up yet) is tried again by the next command; a newer schema is refused every time.
/// Beside it, the process's <see cref="ReadCache"/> of what parents read most.
/// </summary>
internal sealed class PostgreSqlDatabase(NpgsqlDataSource dataSource, Schema schema, NpgsqlDataSource? bookkeeping = null, int readCacheEntries = 0)
    : IAsyncDisposable, IDisposable
{
    private readonly Lock _gate = new();
    private Task? _upgrade;

    /// <summary>What this process keeps of the rows parents read most, forgotten on every change (decision 0015).</summary>
    public ReadCache Reads { get; } = new(dataSource, readCacheEntries);

    /// <summary>The read, through <see cref="Reads"/>: kept for its subject until a change to it is committed.</summary>
    public async Task<T> CachedAsync<T>(string subject, CachedRead kind, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        // The schema first: the cache's listener must not listen before the triggers that speak to it exist.
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        return await Reads.GetAsync(subject, kind, read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A command that takes a pooled connection when it runs and gives it back when done.</summary>
    public async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        return dataSource.CreateCommand(sql);
    }

    /// <summary>
    /// A command for the sender's bookkeeping (a lease taken, a message marked sent, retried, closed):
    /// committed without waiting for the server's disk (<c>synchronous_commit = off</c>). A bot process
    /// killed loses none of it — the server has it; only the server itself crashing can forget the
    /// last fraction of a second, and a message it forgets was sent is sent once more.
    /// </summary>
    public async Task<NpgsqlCommand> BookkeepingCommandAsync(string sql, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        return (bookkeeping ?? dataSource).CreateCommand(sql);
    }

    /// <summary>A connection of the pool, for statements that must share a transaction.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task ReadyAsync(CancellationToken cancellationToken)
    {
        // Once up to date, every read (a cache hit too) passes without the gate.
        if (Volatile.Read(ref _upgrade) is { IsCompletedSuccessfully: true }) return Task.CompletedTask;
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

    /// <summary>The bookkeeping pool and the cache are this object's own (the main pool is the container's).</summary>
    public async ValueTask DisposeAsync()
    {
        await Reads.DisposeAsync().ConfigureAwait(false);
        if (bookkeeping is not null) await bookkeeping.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        Reads.DisposeAsync().AsTask().GetAwaiter().GetResult();
        bookkeeping?.Dispose();
    }
}
