using LiteDB;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class GuardianDocument
{
    public static BsonDocument From(Guardian g, int position) => new()
    {
        ["_id"] = $"{g.Student.Value}|{position}",
        ["student"] = g.Student.Value,
        ["position"] = position,
        ["name"] = g.FullName,
        ["phone"] = g.Phone is { } p ? p.National : BsonValue.Null,
        ["relation"] = g.Relation,
    };

    public static Guardian To(BsonDocument d) =>
        Guardian.Of(StudentCode.Parse(d["student"].AsString), d["name"].AsString,
            d["phone"].IsNull ? null : PhoneNumber.Parse(d["phone"].AsString), d["relation"].AsString);
}
