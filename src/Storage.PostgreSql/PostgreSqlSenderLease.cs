using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// The lease a row a token, taken in one statement: inserted, or updated only when this holder has it
/// or its time has run out — by the server's clock (<c>now()</c>), so the bot machines' clocks need not agree.
/// </summary>
internal sealed class PostgreSqlSenderLease(PostgreSqlDatabase db) : ISenderLease
{
    private const string HoldSql =
        """
        INSERT INTO sender_leases (key, holder, until) VALUES (@key, @holder, now() + @duration)
        ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, until = excluded.until
        WHERE sender_leases.holder = excluded.holder OR sender_leases.until < now()
        RETURNING holder
        """;

    public async Task<bool> HoldAsync(string key, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(HoldSql, cancellationToken).ConfigureAwait(false))
            .With("key", key).With("holder", holder).With("duration", duration);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string;
    }

    public async Task ReleaseAsync(string key, string holder, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("DELETE FROM sender_leases WHERE key = @key AND holder = @holder", cancellationToken).ConfigureAwait(false))
            .With("key", key).With("holder", holder);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<SenderHolder?> HolderAsync(string key, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync("SELECT holder, until, until > now() FROM sender_leases WHERE key = @key", cancellationToken).ConfigureAwait(false))
            .With("key", key);
        return (await command.ReadAllAsync(r => new SenderHolder(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), r.GetBoolean(2)), cancellationToken)
            .ConfigureAwait(false)).SingleOrDefault();
    }
}
