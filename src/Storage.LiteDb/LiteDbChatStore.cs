using LiteDB;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbChatStore(SchoolDatabase db) : IChatStore
{
    private ILiteCollection<BsonDocument> Chats => db.Collection(Collections.Chats);

    /// <summary>Chats saved before offers or languages were kept have none.</summary>
    public Task<StoredChat?> LoadAsync(ChatAddress chat, CancellationToken cancellationToken) => Task.FromResult(
        db.Read(() => Chats.FindById(chat.Key)) is { } d
            ? new StoredChat(chat, Text(d["flow"]), Text(d["selected"]), Text(d["offer"]), Text(d["language"]))
            : null);

    public Task SaveAsync(StoredChat chat, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var document = new BsonDocument
        {
            ["_id"] = chat.Chat.Key,
            ["flow"] = Value(chat.Flow),
            ["selected"] = Value(chat.SelectedStudent),
            ["offer"] = Value(chat.Offer),
            ["language"] = Value(chat.Language),
            ["touched"] = at.UtcDateTime,
        };
        db.Write(() => Chats.Upsert(document));
        return Task.CompletedTask;
    }

    /// <summary>A chat saved before <c>touched</c> was kept counts as untouched.</summary>
    public Task<int> ForgetFlowsUntouchedSinceAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var forgotten = 0;
        db.Write(() =>
        {
            var untouched = Chats.FindAll().Where(d => d["touched"].IsNull || d["touched"].AsDateTime < before.UtcDateTime).ToList();
            foreach (var d in untouched)
            {
                if (!d["flow"].IsNull) forgotten++;
                if (d["selected"].IsNull && !d["language"].IsString) Chats.Delete(d["_id"]);
                else if (!d["flow"].IsNull)
                {
                    d["flow"] = BsonValue.Null;
                    Chats.Update(d);
                }
            }
        });
        return Task.FromResult(forgotten);
    }

    public Task<IReadOnlyDictionary<string, string>> LanguagesAsync(IEnumerable<ChatAddress> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chats);
        var keys = chats.Select(c => new BsonValue(c.Key)).ToList();
        if (keys.Count == 0) return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
        return Task.FromResult<IReadOnlyDictionary<string, string>>(db.Read(() => Chats.Find(Where.In("_id", keys)).Where(d => d["language"].IsString)
            .ToDictionary(d => d["_id"].AsString, d => d["language"].AsString, StringComparer.Ordinal)));
    }

    private static string? Text(BsonValue value) => value.IsString ? value.AsString : null;

    private static BsonValue Value(string? text) => text is null ? BsonValue.Null : text;
}
