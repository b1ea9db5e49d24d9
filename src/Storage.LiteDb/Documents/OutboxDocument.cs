using LiteDB;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb.Documents;

/// <summary>An outbox message as the file keeps it.</summary>
internal static class OutboxDocument
{
    /// <summary><c>not_before</c> while the message is pending, null after: its index is the queue in due order.</summary>
    public const string Due = "due";

    /// <summary>The instance holding the lease, null when none does.</summary>
    public const string LeasedBy = "leased_by";

    public static BsonDocument From(OutboxMessage m)
    {
        var d = new BsonDocument
        {
            ["_id"] = m.Id,
            ["chat"] = m.Chat.Key,
            ["reply"] = m.Body,
            ["created_at"] = m.CreatedAt.UtcDateTime,
            ["not_before"] = m.NotBefore.UtcDateTime,
            ["status"] = m.Status.ToString(),
            ["attempts"] = m.Attempts,
            ["lease_until"] = BsonValue.Null,
            [LeasedBy] = BsonValue.Null,
            ["sent_at"] = BsonValue.Null,
            ["error"] = BsonValue.Null,
            ["for"] = m.For is { } holder ? holder.Key : BsonValue.Null,
        };
        SetDue(d);
        return d;
    }

    public static OutboxMessage To(BsonDocument d) =>
        new(d["_id"].AsString, ChatAddress.Parse(d["chat"].AsString), d["reply"].AsString,
            LinkDocuments.Utc(d["created_at"]), LinkDocuments.Utc(d["not_before"]))
        {
            Status = Enum.Parse<OutboxStatus>(d["status"].AsString),
            Attempts = d["attempts"].AsInt32,
            LeaseUntil = d["lease_until"].IsNull ? null : LinkDocuments.Utc(d["lease_until"]),
            LeasedBy = d[LeasedBy].IsString ? d[LeasedBy].AsString : null,
            SentAt = d["sent_at"].IsNull ? null : LinkDocuments.Utc(d["sent_at"]),
            LastError = d["error"].IsNull ? null : d["error"].AsString,
            For = d["for"].IsString ? CodeHolder.FromKey(d["for"].AsString) : null,
        };

    /// <summary>Keeps <see cref="Due"/> in step with the status and <c>not_before</c>; every write goes through here.</summary>
    public static void SetDue(BsonDocument d) =>
        d[Due] = d["status"].AsString == nameof(OutboxStatus.Pending) ? d["not_before"] : BsonValue.Null;

    public static void EndLease(BsonDocument d)
    {
        d["lease_until"] = BsonValue.Null;
        d[LeasedBy] = BsonValue.Null;
    }
}
