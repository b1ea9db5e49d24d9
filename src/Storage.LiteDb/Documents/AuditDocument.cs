using LiteDB;
using SoLienLac.Domain.Audit;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class AuditDocument
{
    public static BsonDocument From(AuditEntry e) => new()
    {
        ["_id"] = e.Id,
        ["at"] = e.At.UtcDateTime,
        ["actor"] = e.Actor,
        ["channel"] = e.Channel,
        ["student"] = e.Student is null ? BsonValue.Null : e.Student,
        ["what"] = e.What,
        ["old"] = e.OldValue is null ? BsonValue.Null : e.OldValue,
        ["new"] = e.NewValue is null ? BsonValue.Null : e.NewValue,
        ["reason"] = e.Reason is null ? BsonValue.Null : e.Reason,
    };

    public static AuditEntry To(BsonDocument d) =>
        new(d["_id"].AsGuid, new DateTimeOffset(DateTime.SpecifyKind(d["at"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
            d["actor"].AsString, d["channel"].AsString, NullableString(d["student"]), d["what"].AsString,
            NullableString(d["old"]), NullableString(d["new"]), NullableString(d["reason"]));

    private static string? NullableString(BsonValue v) => v.IsNull ? null : v.AsString;
}
