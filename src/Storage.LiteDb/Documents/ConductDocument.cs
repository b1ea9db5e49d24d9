using LiteDB;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class ConductDocument
{
    public static BsonDocument From(ConductRecord c) => new()
    {
        ["_id"] = c.Key,
        ["student"] = c.Student.Value,
        ["term"] = (int)c.Term,
        ["level"] = c.Level.Vietnamese(),
    };

    public static ConductRecord To(BsonDocument d)
    {
        if (!LevelNames.TryParse(d["level"].AsString, out var level)) throw Stored.Damaged("level", d);
        return new ConductRecord(StudentCode.Parse(d["student"].AsString), (Term)d["term"].AsInt32, level);
    }

    public static BsonDocument From(Remark r) => new()
    {
        ["_id"] = r.Id,
        ["student"] = r.Student.Value,
        ["term"] = (int)r.Term,
        ["date"] = Schema.Date(r.Date),
        ["teacher"] = r.TeacherCode,
        ["text"] = r.Text,
    };

    public static Remark ToRemark(BsonDocument d) =>
        new(d["_id"].AsGuid, StudentCode.Parse(d["student"].AsString), (Term)d["term"].AsInt32, Schema.Date(d["date"]),
            d["teacher"].AsString, d["text"].AsString);
}
