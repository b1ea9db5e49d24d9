using LiteDB;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class StudentDocument
{
    public static BsonDocument From(Student s) => new()
    {
        ["_id"] = s.Code.Value,
        ["name"] = s.FullName,
        ["dob"] = Schema.Date(s.DateOfBirth),
        ["class"] = s.ClassName.Key,
        ["status"] = s.Status.Code(),
        ["left_on"] = s.LeftOn is { } left ? Schema.Date(left) : BsonValue.Null,
    };

    public static Student To(BsonDocument d)
    {
        if (!StudentStatuses.TryParse(d["status"].AsString, out var status)) throw Stored.Damaged("status", d);
        return Student.Restore(StudentCode.Parse(d["_id"].AsString), d["name"].AsString, Schema.Date(d["dob"]),
            ClassName.Parse(d["class"].AsString), status, d["left_on"].IsNull ? null : Schema.Date(d["left_on"]));
    }
}
