using System.Data.Common;
using Npgsql;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.PostgreSql;

/// <summary>An outbox row read back as the domain's message.</summary>
internal static class OutboxRows
{
    public const string Columns = "id, chat, body, created_at, not_before, status, attempts, lease_until, sent_at, error, for_holder, leased_by";

    public static OutboxMessage Read(DbDataReader r) =>
        new(r.GetString(0), ChatAddress.Parse(r.GetString(1)), r.GetString(2),
            r.GetFieldValue<DateTimeOffset>(3), r.GetFieldValue<DateTimeOffset>(4))
        {
            Status = Enum.Parse<OutboxStatus>(r.GetString(5)),
            Attempts = r.GetInt32(6),
            LeaseUntil = r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7),
            SentAt = r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8),
            LastError = r.IsDBNull(9) ? null : r.GetString(9),
            For = r.IsDBNull(10) ? null : CodeHolder.FromKey(r.GetString(10)),
            LeasedBy = r.IsDBNull(11) ? null : r.GetString(11),
        };

    /// <summary>The parameters of <see cref="PostgreSqlOutbox.EnqueueSql"/>: the messages as one array a column.</summary>
    internal static NpgsqlCommand WithMessages(this NpgsqlCommand command, IReadOnlyCollection<OutboxMessage> messages) => command
        .With("ids", messages.Select(m => m.Id).ToArray())
        .With("chats", messages.Select(m => m.Chat.Key).ToArray())
        .With("bodies", messages.Select(m => m.Body).ToArray())
        .With("created", messages.Select(m => m.CreatedAt.ToUniversalTime()).ToArray())
        .With("not_before", messages.Select(m => m.NotBefore.ToUniversalTime()).ToArray())
        .With("statuses", messages.Select(m => m.Status.ToString()).ToArray())
        .With("attempts", messages.Select(m => m.Attempts).ToArray())
        .With("for", messages.Select(m => m.For?.Key).ToArray());

    /// <summary>Adds the messages whose ids are new, inside the caller's transaction (a notice's mark, a talk message, a poll).</summary>
    internal static async Task EnqueueAsync(this NpgsqlTransaction transaction, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return;
        await using var enqueue = new NpgsqlCommand(PostgreSqlOutbox.EnqueueSql, transaction.Connection, transaction).WithMessages(messages);
        await enqueue.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
