using LiteDB;
using SoLienLac.Domain.Operations;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>
/// One process at a time opens the file, so an instance on record that is not this one is the
/// process before it, stopped: a restarted bot takes its leases back at once.
/// </summary>
internal sealed class LiteDbInstances(SchoolDatabase db) : IInstances
{
    private ILiteCollection<BsonDocument> Instances => db.Collection(Collections.Instances);

    private ILiteCollection<BsonDocument> Outbox => db.Collection(Collections.Outbox);

    public bool OneProcessAtATime => true;

    public Task BeatAsync(string name, DateTimeOffset startedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        db.Write(() => Instances.Upsert(new BsonDocument
        {
            ["_id"] = name, ["started_at"] = startedAt.UtcDateTime, ["last_beat"] = now.UtcDateTime,
        }));
        return Task.CompletedTask;
    }

    public Task<int> ReclaimAsync(string self, DateTimeOffset beatBefore, CancellationToken cancellationToken)
    {
        var freed = 0;
        db.FoldSentMarks();
        db.Write(() =>
        {
            var alive = new HashSet<string>(StringComparer.Ordinal) { self };
            foreach (var instance in Instances.FindAll().ToList())
            {
                var name = instance["_id"].AsString;
                if (name == self) continue;
                if (LinkDocuments.Utc(instance["last_beat"]) >= beatBefore) alive.Add(name);
                else Instances.Delete(name);
            }
            freed = FreeLeases(d => !alive.Contains(d[OutboxDocument.LeasedBy].AsString));
        });
        return Task.FromResult(freed);
    }

    public Task LeaveAsync(string name, CancellationToken cancellationToken)
    {
        db.FoldSentMarks();
        db.Write(() =>
        {
            FreeLeases(d => d[OutboxDocument.LeasedBy].AsString == name);
            Instances.Delete(name);
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InstanceStatus>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<InstanceStatus>>(db.FoldingRead(() =>
    {
        var leased = Leased().GroupBy(d => d[OutboxDocument.LeasedBy].AsString).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return Instances.FindAll()
            .Select(d => new InstanceStatus(d["_id"].AsString, LinkDocuments.Utc(d["started_at"]), LinkDocuments.Utc(d["last_beat"]),
                leased.GetValueOrDefault(d["_id"].AsString)))
            .OrderByDescending(i => i.StartedAt).ToList();
    }));

    /// <summary>Messages under a lease, through the leased_by index (strings sort after null).</summary>
    private IEnumerable<BsonDocument> Leased() => Outbox.Find(Where.Matches($"{OutboxDocument.LeasedBy} >= @0", ""));

    private int FreeLeases(Func<BsonDocument, bool> whose)
    {
        var freed = 0;
        foreach (var d in Leased().Where(whose).ToList())
        {
            OutboxDocument.EndLease(d);
            Outbox.Update(d);
            freed++;
        }
        return freed;
    }
}
