using LiteDB;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class PollDocuments
{
    public static BsonDocument From(Poll p) => new()
    {
        ["_id"] = p.Id,
        ["class"] = p.ClassName is { } c ? c.Key : BsonValue.Null,
        ["school"] = p.School is { } school ? school : BsonValue.Null,
        ["question"] = p.Question,
        ["options"] = new BsonArray(p.Options.Select(o => new BsonValue(o))),
        ["created_by"] = p.CreatedBy,
        ["created_at"] = p.CreatedAt.UtcDateTime,
        ["closes_at"] = p.ClosesAt is { } at ? at.UtcDateTime : BsonValue.Null,
        ["closed_at"] = p.ClosedAt is { } closed ? closed.UtcDateTime : BsonValue.Null,
    };

    public static Poll ToPoll(BsonDocument d) =>
        new(d["_id"].AsGuid, d["class"].IsNull ? null : ClassName.Parse(d["class"].AsString), d["question"].AsString,
            [.. d["options"].AsArray.Select(o => o.AsString)], d["created_by"].AsString, LinkDocuments.Utc(d["created_at"]),
            d["closes_at"].IsNull ? null : LinkDocuments.Utc(d["closes_at"]))
        {
            ClosedAt = d["closed_at"].IsNull ? null : LinkDocuments.Utc(d["closed_at"]),
            School = d["school"].IsString ? d["school"].AsString : null,
        };

    /// <summary>One a poll and child: a family's new answer replaces the last.</summary>
    public static BsonDocument From(PollAnswer a) => new()
    {
        ["_id"] = $"{a.Poll:N}|{a.Student}",
        ["poll"] = a.Poll,
        ["student"] = a.Student.Value,
        ["option"] = a.Option,
        ["chat"] = a.Chat,
        ["at"] = a.At.UtcDateTime,
    };

    public static PollAnswer ToAnswer(BsonDocument d) =>
        new(d["poll"].AsGuid, StudentCode.Parse(d["student"].AsString), d["option"].AsInt32, d["chat"].AsString, LinkDocuments.Utc(d["at"]));
}
