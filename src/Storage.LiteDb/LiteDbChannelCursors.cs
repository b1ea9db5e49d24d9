using LiteDB;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbChannelCursors(SchoolDatabase db) : IChannelCursors
{
    public Task<long?> PositionAsync(string channel, CancellationToken cancellationToken) => Task.FromResult(db.Read<long?>(() =>
        db.Collection(Collections.Cursors).FindById(channel) is { } d ? d["position"].AsInt64 : null));

    public Task AdvanceAsync(string channel, long position, CancellationToken cancellationToken)
    {
        db.Write(() => db.Collection(Collections.Cursors).Upsert(new BsonDocument { ["_id"] = channel, ["position"] = position }));
        return Task.CompletedTask;
    }
}
