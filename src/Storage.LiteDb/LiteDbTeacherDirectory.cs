using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbTeacherDirectory(SchoolDatabase db) : ITeacherDirectory
{
    private ILiteCollection<BsonDocument> Teachers => db.Collection(Collections.Teachers);

    public Task<Teacher?> FindAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult<Teacher?>(db.Read(() =>
        Teachers.FindById(code.Trim().ToUpperInvariant()) is { } d ? TeacherDocument.To(d) : null));

    /// <summary>The working teacher with that phone: one who left is never recognised by it.</summary>
    public Task<Teacher?> FindByPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken) =>
        Task.FromResult<Teacher?>(db.Read(() =>
        Teachers.Find(Where.Is("phone", phone.National)).Select(TeacherDocument.To).FirstOrDefault(t => !t.HasLeft)));

    public Task<IReadOnlyList<Teacher>> AllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Teacher>>(db.Read(() =>
        Teachers.FindAll().Select(TeacherDocument.To).OrderBy(t => t.Code, StringComparer.Ordinal).ToList()));
}
