using LiteDB;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbJobRuns(SchoolDatabase db) : IJobRuns
{
    public Task<bool> WasDoneAsync(string run, CancellationToken cancellationToken) =>
        Task.FromResult(db.Read(() => db.Collection(Collections.JobRuns).FindById(run) is not null));

    public Task DoneAsync(string run, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.Write(() => db.Collection(Collections.JobRuns).Upsert(new BsonDocument { ["_id"] = run, ["at"] = at.UtcDateTime }));
        return Task.CompletedTask;
    }
}
