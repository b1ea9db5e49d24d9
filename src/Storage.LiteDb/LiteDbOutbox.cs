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
        db.Write(() => added = Add(Messages, messages));
        return Task.FromResult(added);
    }

    public Task<IReadOnlyList<OutboxMessage>> LeaseAsync(int max, DateTimeOffset now, TimeSpan lease, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var taken = new List<OutboxMessage>();
        if (max <= 0) return Task.FromResult<IReadOnlyList<OutboxMessage>>(taken);
        db.FoldSentMarks();
        db.Write(() =>
        {
            // Through the "due" index in due order, stopping once enough are found: only the messages
            // leased right now are passed over, never the whole queue read and sorted.
            var due = Messages.Find(Where.Matches($"{OutboxDocument.Due} BETWEEN @0 AND @1", DateTime.MinValue, now.UtcDateTime))
                .Where(d => d["lease_until"].IsNull || LinkDocuments.Utc(d["lease_until"]) <= now)
                .Take(max).ToList();
            foreach (var d in due)
            {
                d["lease_until"] = (now + lease).UtcDateTime;
                d[OutboxDocument.LeasedBy] = owner;
                d["attempts"] = d["attempts"].AsInt32 + 1;
                Messages.Update(d);
                taken.Add(OutboxDocument.To(d));
            }
        });
        return Task.FromResult<IReadOnlyList<OutboxMessage>>(taken);
    }

    /// <summary>In the store's journal of sends at once, folded into the file with its group (<see cref="SentJournal"/>).</summary>
    public Task MarkSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        db.MarkSent(id, at);
        return Task.CompletedTask;
    }

    /// <summary>Marks the journaled sends in the file, inside the caller's write.</summary>
    internal static void ApplySent(ILiteCollection<BsonDocument> outbox, IEnumerable<(string Id, DateTimeOffset At)> marks)
    {
        foreach (var (id, at) in marks)
        {
            if (outbox.FindById(id) is not { } d) continue;
            d["status"] = OutboxStatus.Sent.ToString();
            d["sent_at"] = at.UtcDateTime;
            OutboxDocument.EndLease(d);
            OutboxDocument.SetDue(d);
            outbox.Update(d);
        }
    }

    public Task<int> CancelPendingAsync(string idPrefix, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        db.FoldSentMarks();
        db.Write(() => cancelled = Cancel(Messages, idPrefix));
        return Task.FromResult(cancelled);
    }

    public Task<int> WithdrawPendingAsync(ChatAddress chat, CodeHolder? forWhom, CancellationToken cancellationToken)
    {
        var withdrawn = 0;
        db.FoldSentMarks();
        db.Write(() =>
        {
            // Through the chat index, pending ones only: a family's months of sent messages are not read.
            foreach (var d in Messages.Find(Where.Matches("(chat = @0 AND status = @1)", chat.Key, OutboxStatus.Pending.ToString())).ToList())
            {
                if (!d["lease_until"].IsNull) continue;
                if (forWhom is { } holder && d["for"].AsString != holder.Key) continue;
                d["status"] = OutboxStatus.Withdrawn.ToString();
                d["error"] = "liên kết đã kết thúc";
                OutboxDocument.SetDue(d);
                Messages.Update(d);
                withdrawn++;
            }
        });
        return Task.FromResult(withdrawn);
    }

    public Task ReleaseAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return Task.CompletedTask;
        db.FoldSentMarks();
        db.Write(() =>
        {
            foreach (var id in ids) Update(id, d =>
            {
                OutboxDocument.EndLease(d);
                d["attempts"] = Math.Max(0, d["attempts"].AsInt32 - 1);
            });
        });
        return Task.CompletedTask;
    }

    public Task RetryAsync(string id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken) => Change(id, d =>
    {
        d["not_before"] = notBefore.UtcDateTime;
        OutboxDocument.EndLease(d);
        d["error"] = reason;
    });

    public Task CloseAsync(string id, OutboxStatus status, string reason, CancellationToken cancellationToken) => Change(id, d =>
    {
        d["status"] = status.ToString();
        OutboxDocument.EndLease(d);
        d["error"] = reason;
    });

    public Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyDictionary<OutboxStatus, int>>(db.FoldingRead(() =>
        Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => Messages.Count(Where.Is("status", s.ToString())))));

    public Task<int> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => Task.FromResult(db.FoldingRead(() =>
        Messages.Count(Where.Matches("(status = @0 AND sent_at >= @1)", OutboxStatus.Sent.ToString(), since.UtcDateTime))));

    public Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(db.FoldingRead(() => Messages.FindById(id) is { } d ? OutboxDocument.To(d) : null));

    public Task<string?> LastSentIdAsync(string idPrefix, CancellationToken cancellationToken) => Task.FromResult(db.FoldingRead(() =>
        Messages.Find(Where.StartsWith("_id", idPrefix)).Where(d => d["status"].AsString == OutboxStatus.Sent.ToString())
            .MaxBy(d => d["sent_at"].AsDateTime)?["_id"].AsString));

    public Task<int> PruneAsync(DateTimeOffset before, int max, CancellationToken cancellationToken)
    {
        var deleted = 0;
        db.FoldSentMarks();
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
        db.FoldSentMarks();
        db.Write(() => Update(id, change));
        return Task.CompletedTask;
    }

    /// <summary>Changes one message inside the caller's write, its due index kept in step; one not there is left alone.</summary>
    private void Update(string id, Action<BsonDocument> change)
    {
        if (Messages.FindById(id) is not { } d) return;
        change(d);
        OutboxDocument.SetDue(d);
        Messages.Update(d);
    }

    /// <summary>Adds the messages whose ids are new, inside the caller's write (a change set's, with the change).</summary>
    internal static int Add(ILiteCollection<BsonDocument> outbox, IEnumerable<OutboxMessage> messages)
    {
        var added = 0;
        foreach (var message in messages)
        {
            if (outbox.FindById(message.Id) is not null) continue;
            outbox.Insert(OutboxDocument.From(message));
            added++;
        }
        return added;
    }

    /// <summary>Drops the waiting messages (pending, not leased) whose id starts so, inside the caller's write.</summary>
    internal static int Cancel(ILiteCollection<BsonDocument> outbox, string idPrefix)
    {
        var cancelled = 0;
        foreach (var d in outbox.Find(Where.StartsWith("_id", idPrefix)).ToList())
        {
            if (d["status"].AsString != OutboxStatus.Pending.ToString() || !d["lease_until"].IsNull) continue;
            outbox.Delete(d["_id"]);
            cancelled++;
        }
        return cancelled;
    }
}
