using Npgsql;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>
/// The outbox as one table. A message is due when pending, its <c>not_before</c> has come and no
/// lease on it is running; leasing locks the due rows it takes with SKIP LOCKED, so senders in
/// several processes never take the same message and never wait for each other.
/// </summary>
internal sealed class PostgreSqlOutbox(PostgreSqlDatabase db) : IOutbox
{
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return await EnqueueManyAsync([message], cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>One statement for the whole batch (a thousand weekly summaries), the existing ids left as they are.</summary>
    public async Task<int> EnqueueManyAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0) return 0;
        await using var command = (await db.CommandAsync(EnqueueSql, cancellationToken).ConfigureAwait(false)).WithMessages(messages);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal const string EnqueueSql =
        """
        INSERT INTO outbox (id, chat, body, created_at, not_before, status, attempts, for_holder)
        SELECT * FROM unnest(@ids, @chats, @bodies, @created, @not_before, @statuses, @attempts, @for)
        ON CONFLICT (id) DO NOTHING
        """;

    /// <summary>
    /// The messages a lease takes: walked through outbox_due (pending only, in not_before order) and
    /// no further than max rows; rows another sender has locked are passed over, not waited for.
    /// </summary>
    internal const string DueSql =
        """
        SELECT id FROM outbox
        WHERE status = 'Pending' AND not_before <= @now AND (lease_until IS NULL OR lease_until <= @now)
        ORDER BY not_before LIMIT @max
        FOR UPDATE SKIP LOCKED
        """;

    /// <summary>The id's prefix is a range of the primary key (its collation is "C"); leased messages are left alone.</summary>
    internal const string CancelSql = "DELETE FROM outbox WHERE id LIKE @prefix AND status = 'Pending' AND lease_until IS NULL";

    public async Task<IReadOnlyList<OutboxMessage>> LeaseAsync(int max, DateTimeOffset now, TimeSpan lease, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        if (max <= 0) return [];
        await using var command = (await db.BookkeepingCommandAsync(
            $"""
            UPDATE outbox AS o SET lease_until = @until, leased_by = @owner, attempts = o.attempts + 1
            FROM ({DueSql}) AS due
            WHERE o.id = due.id
            RETURNING {Prefixed("o.")}
            """, cancellationToken).ConfigureAwait(false))
            .WithTime("now", now).WithTime("until", now + lease).With("max", max).With("owner", owner);
        var taken = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return [.. taken.OrderBy(m => m.NotBefore)];
    }

    public Task MarkSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) => ChangeAsync(id,
        "status = 'Sent', sent_at = @at, lease_until = NULL, leased_by = NULL", c => c.WithTime("at", at), cancellationToken);

    /// <summary>A message with a lease, even one run out, is left alone: a sender may be sending it.</summary>
    public async Task<int> CancelPendingAsync(string idPrefix, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(CancelSql, cancellationToken).ConfigureAwait(false))
            .WithPrefix("prefix", idPrefix);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> WithdrawPendingAsync(ChatAddress chat, CodeHolder? forWhom, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            """
            UPDATE outbox SET status = 'Withdrawn', error = 'liên kết đã kết thúc'
            WHERE chat = @chat AND status = 'Pending' AND lease_until IS NULL AND (@anyone OR for_holder = @for)
            """, cancellationToken).ConfigureAwait(false))
            .With("chat", chat.Key).With("anyone", forWhom is null).With("for", forWhom?.Key ?? "");
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ReleaseAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return;
        await using var command = (await db.BookkeepingCommandAsync(
            "UPDATE outbox SET lease_until = NULL, leased_by = NULL, attempts = greatest(0, attempts - 1) WHERE id = ANY (@ids)",
            cancellationToken).ConfigureAwait(false)).With("ids", ids.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task RetryAsync(string id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) => ChangeAsync(id,
        "not_before = @not_before, lease_until = NULL, leased_by = NULL, error = @reason", c => c.WithTime("not_before", notBefore).With("reason", reason), cancellationToken);

    public Task CloseAsync(string id, OutboxStatus status, string reason, CancellationToken cancellationToken) => ChangeAsync(id,
        "status = @status, lease_until = NULL, leased_by = NULL, error = @reason", c => c.With("status", status.ToString()).With("reason", reason), cancellationToken);

    public async Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = Enum.GetValues<OutboxStatus>().ToDictionary(s => s, _ => 0);
        await using var command = await db.CommandAsync("SELECT status, count(*)::int FROM outbox GROUP BY status", cancellationToken).ConfigureAwait(false);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            counts[Enum.Parse<OutboxStatus>(reader.GetString(0))] = reader.GetInt32(1);
        return counts;
    }

    public async Task<int> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "SELECT count(*)::int FROM outbox WHERE status = 'Sent' AND sent_at >= @since", cancellationToken).ConfigureAwait(false))
            .WithTime("since", since);
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync($"SELECT {OutboxRows.Columns} FROM outbox WHERE id = @id", cancellationToken).ConfigureAwait(false))
            .With("id", id);
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<string?> LastSentIdAsync(string idPrefix, CancellationToken cancellationToken)
    {
        await using var command = (await db.CommandAsync(
            "SELECT id FROM outbox WHERE id LIKE @prefix AND status = 'Sent' ORDER BY sent_at DESC LIMIT 1", cancellationToken).ConfigureAwait(false))
            .WithPrefix("prefix", idPrefix);
        return (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Oldest first through the not_before index, reading no further than it deletes; pending
    /// messages stay. Two instances pruning at once take different rows rather than wait.
    /// </summary>
    public async Task<int> PruneAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return 0;
        await using var command = (await db.CommandAsync(
            """
            DELETE FROM outbox WHERE id IN (
                SELECT id FROM outbox WHERE not_before < @before AND status <> 'Pending'
                ORDER BY not_before LIMIT @max FOR UPDATE SKIP LOCKED)
            """, cancellationToken).ConfigureAwait(false))
            .WithTime("before", before).With("max", max);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ChangeAsync(string id, string assignments, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = (await db.BookkeepingCommandAsync($"UPDATE outbox SET {assignments} WHERE id = @id", cancellationToken).ConfigureAwait(false))
            .With("id", id);
        parameters(command);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<OutboxMessage>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            messages.Add(OutboxRows.Read(reader));
        return messages;
    }

    private static string Prefixed(string alias) => string.Join(", ", OutboxRows.Columns.Split(", ").Select(c => alias + c));
}
