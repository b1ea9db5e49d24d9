using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbOutbox(SchoolDatabase db) : IOutbox
{
    private ILiteCollection<BsonDocument> Messages => db.Collection(Collections.Outbox);

    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return await EnqueueManyAsync([message], cancellationToken) == 1;
    }

    public Task<int> EnqueueManyAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var added = 0;
        if (messages.Count == 0) return Task.FromResult(0);
        db.Write(() =>
        {
            foreach (var message in messages)
            {
                if (Messages.FindById(message.Id) is not null) continue;
                Messages.Insert(From(message));
                added++;
            }
        });
        return Task.FromResult(added);
    }

    public Task<IReadOnlyList<OutboxMessage>> LeaseAsync(int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var taken = new List<OutboxMessage>();
        db.Write(() =>
        {
            var due = Messages.Find(Where.Matches("(status = @0 AND not_before <= @1)", OutboxStatus.Pending.ToString(), now.UtcDateTime))
                .Where(d => d["lease_until"].IsNull || LinkDocuments.Utc(d["lease_until"]) <= now)
                .OrderBy(d => d["not_before"].AsDateTime).Take(max).ToList();
            foreach (var d in due)
            {
                d["lease_until"] = (now + lease).UtcDateTime;
                d["attempts"] = d["attempts"].AsInt32 + 1;
                Messages.Update(d);
                taken.Add(To(d));
            }
        });
        return Task.FromResult<IReadOnlyList<OutboxMessage>>(taken);
    }

    public Task MarkSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) => Change(id, d =>
    {
        d["status"] = OutboxStatus.Sent.ToString();
        d["sent_at"] = at.UtcDateTime;
        d["lease_until"] = BsonValue.Null;
    });

    public Task<int> CancelPendingAsync(string idPrefix, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        db.Write(() =>
        {
            foreach (var d in Messages.Find(Where.StartsWith("_id", idPrefix)).ToList())
            {
                if (d["status"].AsString != OutboxStatus.Pending.ToString() || !d["lease_until"].IsNull) continue;
                Messages.Delete(d["_id"]);
                cancelled++;
            }
        });
        return Task.FromResult(cancelled);
    }

    public Task<int> WithdrawPendingAsync(ChatAddress chat, CodeHolder? forWhom, CancellationToken cancellationToken)
    {
        var withdrawn = 0;
        db.Write(() =>
        {
            // Through the chat index, pending ones only: a family's months of sent messages are not read.
            foreach (var d in Messages.Find(Where.Matches("(chat = @0 AND status = @1)", chat.Key, OutboxStatus.Pending.ToString())).ToList())
            {
                if (!d["lease_until"].IsNull) continue;
                if (forWhom is { } holder && d["for"].AsString != holder.Key) continue;
                d["status"] = OutboxStatus.Withdrawn.ToString();
                d["error"] = "liên kết đã kết thúc";
                Messages.Update(d);
                withdrawn++;
            }
        });
        return Task.FromResult(withdrawn);
    }

    public Task ReleaseAsync(string id, CancellationToken cancellationToken) => Change(id, d =>
    {
        d["lease_until"] = BsonValue.Null;
        d["attempts"] = Math.Max(0, d["attempts"].AsInt32 - 1);
    });

    public Task RetryAsync(string id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) => Change(id, d =>
    {
        d["not_before"] = notBefore.UtcDateTime;
        d["lease_until"] = BsonValue.Null;
        d["error"] = reason;
    });

    public Task CloseAsync(string id, OutboxStatus status, string reason, CancellationToken cancellationToken) => Change(id, d =>
    {
        d["status"] = status.ToString();
        d["lease_until"] = BsonValue.Null;
        d["error"] = reason;
    });

    public Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyDictionary<OutboxStatus, int>>(db.Read(() =>
        Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => Messages.Count(Where.Is("status", s.ToString())))));

    public Task<int> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => Task.FromResult(db.Read(() =>
        Messages.Count(Where.Matches("(status = @0 AND sent_at >= @1)", OutboxStatus.Sent.ToString(), since.UtcDateTime))));

    public Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => Messages.FindById(id) is { } d ? To(d) : null));

    public Task<string?> LastSentIdAsync(string idPrefix, CancellationToken cancellationToken) => Task.FromResult(db.Read(() =>
        Messages.Find(Where.StartsWith("_id", idPrefix)).Where(d => d["status"].AsString == OutboxStatus.Sent.ToString())
            .MaxBy(d => d["sent_at"].AsDateTime)?["_id"].AsString));

    public Task<int> PruneAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var deleted = 0;
        db.Write(() =>
        {
            // Through the not_before index, oldest first, reading no further than needed: a message due
            // that long ago was made earlier still. The rare one still pending is skipped.
            var old = Messages.Find(Where.Matches("not_before < @0", before.UtcDateTime))
                .Where(d => d["status"].AsString != OutboxStatus.Pending.ToString()).Take(max).Select(d => d["_id"]).ToList();
            foreach (var id in old)
                if (Messages.Delete(id)) deleted++;
        });
        return Task.FromResult(deleted);
    }

    private Task Change(string id, Action<BsonDocument> change)
    {
        db.Write(() =>
        {
            if (Messages.FindById(id) is not { } d) return;
            change(d);
            Messages.Update(d);
        });
        return Task.CompletedTask;
    }

    private static BsonDocument From(OutboxMessage m) => new()
    {
        ["_id"] = m.Id,
        ["chat"] = m.Chat.Key,
        ["reply"] = m.Body,
        ["created_at"] = m.CreatedAt.UtcDateTime,
        ["not_before"] = m.NotBefore.UtcDateTime,
        ["status"] = m.Status.ToString(),
        ["attempts"] = m.Attempts,
        ["lease_until"] = BsonValue.Null,
        ["sent_at"] = BsonValue.Null,
        ["error"] = BsonValue.Null,
        ["for"] = m.For is { } holder ? holder.Key : BsonValue.Null,
    };

    private static OutboxMessage To(BsonDocument d) =>
        new(d["_id"].AsString, ChatAddress.Parse(d["chat"].AsString), d["reply"].AsString,
            LinkDocuments.Utc(d["created_at"]), LinkDocuments.Utc(d["not_before"]))
        {
            Status = Enum.Parse<OutboxStatus>(d["status"].AsString),
            Attempts = d["attempts"].AsInt32,
            LeaseUntil = d["lease_until"].IsNull ? null : LinkDocuments.Utc(d["lease_until"]),
            SentAt = d["sent_at"].IsNull ? null : LinkDocuments.Utc(d["sent_at"]),
            LastError = d["error"].IsNull ? null : d["error"].AsString,
            For = d["for"].IsString ? CodeHolder.FromKey(d["for"].AsString) : null,
        };
}
