using LiteDB;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class LinkDocuments
{
    public static BsonDocument From(ParentLink l) => new()
    {
        ["_id"] = l.Key,
        ["chat"] = l.Chat.Key,
        ["student"] = l.Student.Value,
        ["proof"] = l.Proof.ToString(),
        ["phone"] = l.Phone is null ? BsonValue.Null : l.Phone,
        ["linked_at"] = l.LinkedAt.UtcDateTime,
        ["ended_at"] = l.EndedAt is { } e ? e.UtcDateTime : BsonValue.Null,
        ["active"] = l.IsActive,
    };

    public static ParentLink ToParentLink(BsonDocument d) =>
        new(ChatAddress.Parse(d["chat"].AsString), StudentCode.Parse(d["student"].AsString),
            Enum.Parse<LinkProof>(d["proof"].AsString), d["phone"].IsNull ? null : d["phone"].AsString,
            Utc(d["linked_at"]), d["ended_at"].IsNull ? null : Utc(d["ended_at"]));

    public static BsonDocument From(StaffLink l) => new()
    {
        ["_id"] = l.Chat.Key,
        ["teacher"] = l.TeacherCode,
        ["linked_at"] = l.LinkedAt.UtcDateTime,
        ["proof"] = l.Proof.ToString(),
        ["ended_at"] = l.EndedAt is { } e ? e.UtcDateTime : BsonValue.Null,
    };

    /// <summary>Links saved before proof and ending were kept were all made by phone, and active.</summary>
    public static StaffLink ToStaffLink(BsonDocument d) =>
        new(ChatAddress.Parse(d["_id"].AsString), d["teacher"].AsString, Utc(d["linked_at"]),
            d["proof"].IsString ? Enum.Parse<LinkProof>(d["proof"].AsString) : LinkProof.Phone,
            d["ended_at"].IsDateTime ? Utc(d["ended_at"]) : null);

    public static BsonDocument From(ActivationCode c) => new()
    {
        ["_id"] = c.Holder.Key,
        ["salt"] = c.Salt,
        ["hash"] = c.Hash,
        ["expires_on"] = Schema.Date(c.ExpiresOn),
        ["used_at"] = c.UsedAt is { } u ? u.UtcDateTime : BsonValue.Null,
        ["used_by"] = c.UsedBy is null ? BsonValue.Null : c.UsedBy,
    };

    public static ActivationCode ToActivationCode(BsonDocument d) =>
        new(CodeHolder.FromKey(d["_id"].AsString), d["salt"].AsString, d["hash"].AsString, Schema.Date(d["expires_on"]),
            d["used_at"].IsNull ? null : Utc(d["used_at"]), d["used_by"].IsNull ? null : d["used_by"].AsString);

    public static DateTimeOffset Utc(BsonValue value) =>
        new(DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
}
