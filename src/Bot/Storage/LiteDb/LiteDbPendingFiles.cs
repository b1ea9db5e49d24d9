using LiteDB;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>
/// A file a teacher sent, kept until they confirm or cancel it, so a restart in between loses nothing —
/// and not for ever: one left unconfirmed is forgotten at night (<see cref="ForgetKeptBefore"/>).
/// </summary>
public sealed class LiteDbPendingFiles(SchoolDatabase db, TimeProvider clock)
{
    public void Keep(ChatAddress chat, string fileName, byte[] content) =>
        db.Write(() => db.Collection(Collections.PendingFiles).Upsert(new BsonDocument
        {
            ["_id"] = chat.Key,
            ["name"] = fileName,
            ["content"] = content,
            ["kept_at"] = clock.GetUtcNow().UtcDateTime,
        }));

    public (string FileName, byte[] Content)? Take(ChatAddress chat) => db.Read<(string FileName, byte[] Content)?>(() =>
        db.Collection(Collections.PendingFiles).FindById(chat.Key) is { } d ? (d["name"].AsString, d["content"].AsBinary) : null);

    public void Forget(ChatAddress chat) => db.Write(() => db.Collection(Collections.PendingFiles).Delete(chat.Key));

    /// <summary>Forgets every file kept before <paramref name="before"/> (or before the time was kept); returns how many.</summary>
    public int ForgetKeptBefore(DateTimeOffset before)
    {
        var forgotten = 0;
        db.Write(() =>
        {
            var files = db.Collection(Collections.PendingFiles);
            var old = files.FindAll().Where(d => d["kept_at"].IsNull || d["kept_at"].AsDateTime < before.UtcDateTime).Select(d => d["_id"]).ToList();
            foreach (var id in old)
                if (files.Delete(id)) forgotten++;
        });
        return forgotten;
    }
}
