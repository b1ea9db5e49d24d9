using LiteDB;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class NoticeDocuments
{
    public static BsonDocument From(Notice n) => new()
    {
        ["_id"] = n.Id,
        ["class"] = n.ClassName is { } c ? c.Key : BsonValue.Null,
        ["school"] = n.School is { } school ? school : BsonValue.Null,
        ["text"] = n.Text,
        ["author"] = n.AuthorCode,
        ["created_at"] = n.CreatedAt.UtcDateTime,
        ["publish_at"] = n.PublishAt.UtcDateTime,
        ["urgent"] = n.Urgent,
        ["delivered_at"] = BsonValue.Null,
    };

    public static Notice ToNotice(BsonDocument d) =>
        new(d["_id"].AsGuid, d["class"].IsNull ? null : ClassName.Parse(d["class"].AsString), d["text"].AsString,
            d["author"].AsString, LinkDocuments.Utc(d["created_at"]), LinkDocuments.Utc(d["publish_at"]), d["urgent"].AsBoolean)
        { School = d["school"].IsString ? d["school"].AsString : null };

    public static BsonDocument From(Acknowledgement a) => new()
    {
        ["_id"] = $"{a.NoticeId:N}|{a.Student}|{a.Chat}",
        ["notice"] = a.NoticeId,
        ["student"] = a.Student.Value,
        ["chat"] = a.Chat,
        ["at"] = a.At.UtcDateTime,
    };

    public static Acknowledgement ToAcknowledgement(BsonDocument d) =>
        new(d["notice"].AsGuid, StudentCode.Parse(d["student"].AsString), d["chat"].AsString, LinkDocuments.Utc(d["at"]));
}
