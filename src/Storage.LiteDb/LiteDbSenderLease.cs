using LiteDB;
using SoLienLac.Domain.Operations;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// One process at a time opens the file, so it is always the sender: a holder on record that is not
/// this one is the process before it, stopped. Kept in the file for <c>status</c>.
/// </summary>
internal sealed class LiteDbSenderLease(SchoolDatabase db, TimeProvider clock) : ISenderLease
{
    private ILiteCollection<BsonDocument> Leases => db.Collection(Collections.SenderLeases);

    public Task<bool> HoldAsync(string key, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        db.Write(() => Leases.Upsert(new BsonDocument
        {
            ["_id"] = key, ["holder"] = holder, ["until"] = (clock.GetUtcNow() + duration).UtcDateTime,
        }));
        return Task.FromResult(true);
    }

    public Task ReleaseAsync(string key, string holder, CancellationToken cancellationToken)
    {
        db.Write(() =>
        {
            if (Leases.FindById(key) is { } d && d["holder"].AsString == holder) Leases.Delete(key);
        });
        return Task.CompletedTask;
    }

    public Task<SenderHolder?> HolderAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => Leases.FindById(key) is { } d
            ? new SenderHolder(d["holder"].AsString, LinkDocuments.Utc(d["until"]), LinkDocuments.Utc(d["until"]) > clock.GetUtcNow())
            : null));
}
