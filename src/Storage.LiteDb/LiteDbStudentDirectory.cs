using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbStudentDirectory(SchoolDatabase db) : IStudentDirectory
{
    private ILiteCollection<BsonDocument> Students => db.Collection(Collections.Students);

    private ILiteCollection<BsonDocument> Guardians => db.Collection(Collections.Guardians);

    public Student? Find(StudentCode code) => db.Read(() => Students.FindById(code.Value) is { } d ? StudentDocument.To(d) : null);

    public IReadOnlyList<Student> InClass(ClassName className) => db.Read(() =>
        Students.Find(Where.Is("class", className.Value)).Select(StudentDocument.To)
            .OrderBy(s => s.Code.Value, StringComparer.Ordinal).ToList());

    public IReadOnlyList<ClassName> Classes() => db.Read(() =>
        Students.Query().Select("{ c: $.class }").ToEnumerable().Select(d => d["c"].AsString).Distinct()
            .Select(ClassName.Parse).OrderBy(c => c.Grade).ThenBy(c => c.Value, StringComparer.Ordinal).ToList());

    public IReadOnlyList<Guardian> GuardiansOf(StudentCode student) => db.Read(() =>
        Guardians.Find(Where.Is("student", student.Value)).OrderBy(d => d["position"].AsInt32).Select(GuardianDocument.To).ToList());

    public IReadOnlyList<Guardian> GuardiansWithPhone(PhoneNumber phone) => db.Read(() =>
        Guardians.Find(Where.Is("phone", phone.National)).Select(GuardianDocument.To).ToList());

    public int CountStudents() => db.Read(() => Students.Count());
}
