using LiteDB;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbPendingFiles(SchoolDatabase db) : IPendingFiles
{
    private ILiteCollection<BsonDocument> Files => db.Collection(Collections.PendingFiles);

    public Task KeepAsync(ChatAddress chat, PendingFile file, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        db.Write(() => Files.Upsert(new BsonDocument
        {
            ["_id"] = chat.Key,
            ["name"] = file.FileName,
            ["content"] = file.Content,
            ["kept_at"] = at.UtcDateTime,
        }));
        return Task.CompletedTask;
    }

    public Task<PendingFile?> TakeAsync(ChatAddress chat, CancellationToken cancellationToken) => Task.FromResult(db.Read(() =>
        Files.FindById(chat.Key) is { } d ? new PendingFile(d["name"].AsString, d["content"].AsBinary) : null));

    public Task ForgetAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        db.Write(() => Files.Delete(chat.Key));
        return Task.CompletedTask;
    }

    /// <summary>Files kept before the time was kept count as old.</summary>
    public Task<int> ForgetKeptBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var forgotten = 0;
        db.Write(() =>
        {
            var old = Files.FindAll().Where(d => d["kept_at"].IsNull || d["kept_at"].AsDateTime < before.UtcDateTime).Select(d => d["_id"]).ToList();
            foreach (var id in old)
                if (Files.Delete(id)) forgotten++;
        });
        return Task.FromResult(forgotten);
    }
}
