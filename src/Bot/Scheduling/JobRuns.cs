using LiteDB;
using SoLienLac.Bot.Storage.LiteDb;

namespace SoLienLac.Bot.Scheduling;

/// <summary>Which scheduled runs happened ("weekly:2026-W48"), so one missed while the service was down is caught up.</summary>
public sealed class JobRuns(SchoolDatabase db)
{
    private const string CollectionName = Collections.JobRuns;

    public bool WasDone(string run) => db.Read(() => db.Collection(CollectionName).FindById(run) is not null);

    public void Done(string run, DateTimeOffset at) =>
        db.Write(() => db.Collection(CollectionName).Upsert(new BsonDocument { ["_id"] = run, ["at"] = at.UtcDateTime }));
}
