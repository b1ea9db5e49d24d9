using LiteDB;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.LiteDb;

/// <summary>The updates begun, by key, with the time (docs/decisions/0011).</summary>
internal sealed class LiteDbUpdateLedger(SchoolDatabase db) : IUpdateLedger
{
    private ILiteCollection<BsonDocument> Begun => db.Collection(Collections.UpdatesBegun);

    public Task<bool> TryBeginAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var begun = false;
        db.Write(() =>
        {
            if (Begun.FindById(key) is not null) return;
            Begun.Insert(new BsonDocument { ["_id"] = key, ["at"] = at.UtcDateTime });
            begun = true;
        });
        return Task.FromResult(begun);
    }

    public Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        db.Write(() => Begun.Delete(key));
        return Task.CompletedTask;
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var deleted = 0;
        db.Write(() => deleted = Begun.DeleteMany(Where.Matches("at < @0", before.UtcDateTime)));
        return Task.FromResult(deleted);
    }
}
