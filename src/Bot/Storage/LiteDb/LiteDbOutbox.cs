using System.Text.Json;
using LiteDB;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace SoLienLac.Bot.Storage.LiteDb;

internal sealed class LiteDbOutbox(SchoolDatabase db) : IOutbox
{
    /// <summary>
    /// Vietnamese kept as it is written: the default encoder writes every accented letter as
    /// <c>\uXXXX</c>, which makes a summary three times the size to store and to index pages.
    /// (The escaping it skips is for JSON put into HTML; this JSON only goes into the store.)
    /// </summary>
    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ILiteCollection<BsonDocument> Messages => db.Collection(Collections.Outbox);

    public bool Enqueue(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return EnqueueMany([message]) == 1;
    }

    public int EnqueueMany(IReadOnlyCollection<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var added = 0;
        if (messages.Count == 0) return 0;
        db.Write(() =>
        {
            foreach (var message in messages)
            {
                if (Messages.FindById(message.Id) is not null) continue;
                Messages.Insert(From(message));
                added++;
            }
        });
        return added;
    }

    public IReadOnlyList<OutboxMessage> Lease(int max, DateTimeOffset now, TimeSpan lease)
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
        return taken;
    }

    public void MarkSent(string id, DateTimeOffset at) => Change(id, d =>
    {
        d["status"] = OutboxStatus.Sent.ToString();
        d["sent_at"] = at.UtcDateTime;
        d["lease_until"] = BsonValue.Null;
    });

    public int CancelPending(string idPrefix)
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
        return cancelled;
    }

    public int WithdrawPending(ChatAddress chat, CodeHolder? forWhom)
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
        return withdrawn;
    }

    public void Release(string id) => Change(id, d =>
    {
        d["lease_until"] = BsonValue.Null;
        d["attempts"] = Math.Max(0, d["attempts"].AsInt32 - 1);
    });

    public void Retry(string id, DateTimeOffset notBefore, string reason) => Change(id, d =>
    {
        d["not_before"] = notBefore.UtcDateTime;
        d["lease_until"] = BsonValue.Null;
        d["error"] = reason;
    });

    public void Close(string id, OutboxStatus status, string reason) => Change(id, d =>
    {
        d["status"] = status.ToString();
        d["lease_until"] = BsonValue.Null;
        d["error"] = reason;
    });

    public IReadOnlyDictionary<OutboxStatus, int> Counts() => db.Read(() =>
        Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => Messages.Count(Where.Is("status", s.ToString()))));

    public int SentSince(DateTimeOffset since) => db.Read(() =>
        Messages.Count(Where.Matches("(status = @0 AND sent_at >= @1)", OutboxStatus.Sent.ToString(), since.UtcDateTime)));

    public OutboxMessage? Find(string id) => db.Read(() => Messages.FindById(id) is { } d ? To(d) : null);

    public string? LastSentId(string idPrefix) => db.Read(() =>
        Messages.Find(Where.StartsWith("_id", idPrefix)).Where(d => d["status"].AsString == OutboxStatus.Sent.ToString())
            .MaxBy(d => d["sent_at"].AsDateTime)?["_id"].AsString);

    public int Prune(DateTimeOffset before, int max)
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
        return deleted;
    }

    private void Change(string id, Action<BsonDocument> change) => db.Write(() =>
    {
        if (Messages.FindById(id) is not { } d) return;
        change(d);
        Messages.Update(d);
    });

    private static BsonDocument From(OutboxMessage m) => new()
    {
        ["_id"] = m.Id,
        ["chat"] = m.Chat.Key,
        ["reply"] = JsonSerializer.Serialize(m.Reply, AsWritten),
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
        new(d["_id"].AsString, ChatAddress.Parse(d["chat"].AsString), JsonSerializer.Deserialize<Reply>(d["reply"].AsString, AsWritten)!,
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
