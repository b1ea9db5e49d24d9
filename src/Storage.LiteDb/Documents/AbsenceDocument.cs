using LiteDB;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class AbsenceDocument
{
    public static BsonDocument From(Absence a) => new()
    {
        ["_id"] = a.Key,
        ["student"] = a.Student.Value,
        ["date"] = Schema.Date(a.Date),
        ["session"] = a.Session.Code(),
        ["excused"] = a.Excused,
    };

    public static Absence To(BsonDocument d)
    {
        if (!DaySessions.TryParse(d["session"].AsString, out var session)) throw Stored.Damaged("session", d);
        return new Absence(StudentCode.Parse(d["student"].AsString), Schema.Date(d["date"]), session, d["excused"].AsBoolean);
    }
}
