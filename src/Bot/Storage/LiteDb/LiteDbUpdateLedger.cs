using LiteDB;

namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>
/// The platforms' updates the bot has begun to handle, by key (<c>telegram:123</c>, <c>zalo:m42</c>) and
/// the time they were begun. Written before an update is handled, so it is there even when the process
/// dies while handling it (docs/decisions/0011).
/// </summary>
public sealed class LiteDbUpdateLedger(SchoolDatabase db)
{
    private ILiteCollection<BsonDocument> Begun => db.Collection(Collections.UpdatesBegun);

    /// <summary>Notes the update as begun; false when it was begun before.</summary>
    public bool TryBegin(string key, DateTimeOffset at)
    {
        var begun = false;
        db.Write(() =>
        {
            if (Begun.FindById(key) is not null) return;
            Begun.Insert(new BsonDocument { ["_id"] = key, ["at"] = at.UtcDateTime });
            begun = true;
        });
        return begun;
    }

    /// <summary>The update was not handled after all (the service stopped first): it may be begun again.</summary>
    public void Forget(string key) => db.Write(() => Begun.Delete(key));

    /// <summary>Forgets updates begun before <paramref name="before"/>; returns how many.</summary>
    public int Prune(DateTimeOffset before)
    {
        var deleted = 0;
        db.Write(() => deleted = Begun.DeleteMany(Where.Matches("at < @0", before.UtcDateTime)));
        return deleted;
    }
}
