using LiteDB;

namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>
/// How far each channel's updates have been answered. Kept in the database, so an update answered
/// just before a restart is not answered twice when the channel offers it again.
/// </summary>
public sealed class LiteDbChannelCursors(SchoolDatabase db)
{
    public long? Position(string channel) => db.Read<long?>(() =>
        db.Collection(Collections.Cursors).FindById(channel) is { } d ? d["position"].AsInt64 : null);

    public void Advance(string channel, long position) =>
        db.Write(() => db.Collection(Collections.Cursors).Upsert(new BsonDocument { ["_id"] = channel, ["position"] = position }));
}
