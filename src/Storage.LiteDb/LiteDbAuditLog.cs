using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Audit;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbAuditLog(SchoolDatabase db) : IAuditLog
{
    public Task<IReadOnlyList<AuditEntry>> AboutAsync(string student, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(db.Read(() =>
        db.Collection(Collections.Audit).Find(Where.Is("student", student)).Select(AuditDocument.To)
            .OrderBy(e => e.At).ToList()));

    public Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>(db.Read(() =>
        db.Collection(Collections.Audit).Find(Query.All("at", Query.Descending), limit: count).Select(AuditDocument.To).ToList()));
}
