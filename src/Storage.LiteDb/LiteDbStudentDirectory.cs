using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbStudentDirectory(SchoolDatabase db) : IStudentDirectory
{
    private ILiteCollection<BsonDocument> Students => db.Collection(Collections.Students);

    private ILiteCollection<BsonDocument> Guardians => db.Collection(Collections.Guardians);

    public Task<Student?> FindAsync(StudentCode code, CancellationToken cancellationToken) =>
        Task.FromResult<Student?>(db.Read(() => Students.FindById(code.Value) is { } d ? StudentDocument.To(d) : null));

    public Task<IReadOnlyList<Student>> InClassAsync(ClassName className, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Student>>(db.Read(() =>
        Students.Find(Where.Is("class", className.Key)).Select(StudentDocument.To)
            .OrderBy(s => s.Code.Value, StringComparer.Ordinal).ToList()));

    public Task<IReadOnlyList<ClassName>> ClassesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClassName>>(db.Read(() =>
        Students.Query().Select("{ c: $.class }").ToEnumerable().Select(d => d["c"].AsString).Distinct()
            .Select(ClassName.Parse).OrderBy(c => c.School, StringComparer.Ordinal).ThenBy(c => c.Grade).ThenBy(c => c.Value, StringComparer.Ordinal).ToList()));

    public Task<IReadOnlyList<Guardian>> GuardiansOfAsync(StudentCode student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guardian>>(db.Read(() =>
        Guardians.Find(Where.Is("student", student.Value)).OrderBy(d => d["position"].AsInt32).Select(GuardianDocument.To).ToList()));

    public Task<IReadOnlyList<Guardian>> GuardiansWithPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Guardian>>(db.Read(() =>
        Guardians.Find(Where.Is("phone", phone.National)).Select(GuardianDocument.To).ToList()));

    public Task<int> CountStudentsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<int>(db.Read(() => Students.Count()));
}
