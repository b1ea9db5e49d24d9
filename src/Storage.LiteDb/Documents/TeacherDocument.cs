using LiteDB;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Storage.LiteDb.Documents;

internal static class TeacherDocument
{
    public static BsonDocument From(Teacher t) => new()
    {
        ["_id"] = t.Code,
        ["name"] = t.FullName,
        ["phone"] = t.Phone is { } p ? p.National : BsonValue.Null,
        ["left"] = t.HasLeft,
        ["assignments"] = new BsonArray(t.Assignments.Select(a => new BsonDocument
        {
            ["role"] = a.Role.Code(),
            ["class"] = a.ClassName is { } c ? c.Key : BsonValue.Null,
            ["subject"] = a.Subject is { } s ? s.Name : BsonValue.Null,
            ["school"] = a.School is { } school ? school : BsonValue.Null,
        })),
    };

    public static Teacher To(BsonDocument d) =>
        Teacher.Create(d["_id"].AsString, d["name"].AsString, d["phone"].IsNull ? null : PhoneNumber.Parse(d["phone"].AsString),
            d["assignments"].AsArray.Select(v => ToAssignment(v.AsDocument)), d["left"].IsBoolean && d["left"].AsBoolean);

    private static Assignment ToAssignment(BsonDocument a)
    {
        if (!TeacherRoles.TryParse(a["role"].AsString, out var role)) throw Stored.Damaged("role", a);
        return role switch
        {
            TeacherRole.Admin => Assignment.Admin(a["school"].IsString ? a["school"].AsString : null),
            TeacherRole.Homeroom => Assignment.Homeroom(ClassName.Parse(a["class"].AsString)),
            _ => Assignment.Teaching(SubjectCatalog.Get(a["subject"].AsString), ClassName.Parse(a["class"].AsString)),
        };
    }
}
