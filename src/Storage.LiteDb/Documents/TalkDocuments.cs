using System.Globalization;
using LiteDB;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class TalkDocuments
{
    public static BsonDocument From(TalkMessage m) => new()
    {
        ["_id"] = m.Id,
        ["student"] = m.Student.Value,
        ["teacher"] = m.Teacher,
        ["from_parent"] = m.FromParent,
        ["chat"] = m.Chat,
        ["text"] = m.Text,
        ["at"] = m.At.UtcDateTime,
        ["deliver_at"] = m.DeliverAt.UtcDateTime,
        ["reported_at"] = m.ReportedAt is { } r ? r.UtcDateTime : BsonValue.Null,
    };

    public static TalkMessage ToMessage(BsonDocument d) =>
        new(d["_id"].AsGuid, StudentCode.Parse(d["student"].AsString), d["teacher"].AsString, d["from_parent"].AsBoolean, d["chat"].AsString,
            d["text"].AsString, LinkDocuments.Utc(d["at"]), LinkDocuments.Utc(d["deliver_at"]))
        {
            ReportedAt = d["reported_at"].IsNull ? null : LinkDocuments.Utc(d["reported_at"]),
        };

    /// <summary>One a thread: a teacher's new mute of the family replaces the last.</summary>
    public static BsonDocument From(TalkMute m) => new()
    {
        ["_id"] = ThreadKey.Of(m.Student, m.Teacher),
        ["student"] = m.Student.Value,
        ["teacher"] = m.Teacher,
        ["until"] = m.Until.UtcDateTime,
        ["at"] = m.At.UtcDateTime,
    };

    public static TalkMute ToMute(BsonDocument d) =>
        new(StudentCode.Parse(d["student"].AsString), d["teacher"].AsString, LinkDocuments.Utc(d["until"]), LinkDocuments.Utc(d["at"]));

    /// <summary>To the minute ("HH:mm"), as a parent's quiet hours are kept.</summary>
    public static BsonDocument From(string teacher, OfficeHours h) => new()
    {
        ["_id"] = teacher,
        ["opens"] = h.From.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["closes"] = h.Until.ToString("HH:mm", CultureInfo.InvariantCulture),
    };

    public static OfficeHours ToOfficeHours(BsonDocument d) =>
        new(TimeOnly.Parse(d["opens"].AsString, CultureInfo.InvariantCulture), TimeOnly.Parse(d["closes"].AsString, CultureInfo.InvariantCulture));
}
