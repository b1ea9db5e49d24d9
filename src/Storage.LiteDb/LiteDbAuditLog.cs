using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Audit;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbAuditLog(SchoolDatabase db) : IAuditLog
{
    public IReadOnlyList<AuditEntry> About(string student) => db.Read(() =>
        db.Collection(Collections.Audit).Find(Where.Is("student", student)).Select(AuditDocument.To)
            .OrderBy(e => e.At).ToList());

    public IReadOnlyList<AuditEntry> Latest(int count) => db.Read(() =>
        db.Collection(Collections.Audit).Find(Query.All("at", Query.Descending), limit: count).Select(AuditDocument.To).ToList());
}
