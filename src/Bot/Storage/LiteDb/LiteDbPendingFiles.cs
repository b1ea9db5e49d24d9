using LiteDB;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>A file a teacher sent, kept until they confirm or cancel it, so a restart in between loses nothing.</summary>
public sealed class LiteDbPendingFiles(SchoolDatabase db)
{
    public void Keep(ChatAddress chat, string fileName, byte[] content) =>
        db.Write(() => db.Collection(Collections.PendingFiles).Upsert(new BsonDocument
        {
            ["_id"] = chat.Key,
            ["name"] = fileName,
            ["content"] = content,
        }));

    public (string FileName, byte[] Content)? Take(ChatAddress chat) => db.Read<(string FileName, byte[] Content)?>(() =>
        db.Collection(Collections.PendingFiles).FindById(chat.Key) is { } d ? (d["name"].AsString, d["content"].AsBinary) : null);

    public void Forget(ChatAddress chat) => db.Write(() => db.Collection(Collections.PendingFiles).Delete(chat.Key));
}
