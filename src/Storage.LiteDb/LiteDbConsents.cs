using LiteDB;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Storage.LiteDb.Documents;

namespace SoLienLac.Storage.LiteDb;

/// <summary>Consents as documents added one an answer (ids in the order written), found through the chat index.</summary>
internal sealed class LiteDbConsents(SchoolDatabase db) : IConsents
{
    private ILiteCollection<BsonDocument> Consents => db.Collection(Collections.Consents);

    public Task RecordAsync(Consent consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consent);
        db.Write(() => Consents.Insert(new BsonDocument
        {
            ["chat"] = consent.Chat.Key,
            ["person"] = consent.Person,
            ["at"] = consent.At.UtcDateTime,
            ["version"] = consent.Version,
            ["decision"] = consent.Decision.ToString(),
        }));
        return Task.CompletedTask;
    }

    public async Task<Consent?> LatestAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        await OfChatAsync(chat, cancellationToken) is [.., var latest] ? latest : null;

    public async Task<IReadOnlyDictionary<string, Consent>> LatestAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chats);
        var latest = new Dictionary<string, Consent>(StringComparer.Ordinal);
        foreach (var chat in chats)
        {
            if (!latest.ContainsKey(chat.Key) && await LatestAsync(chat, cancellationToken) is { } consent) latest[chat.Key] = consent;
        }
        return latest;
    }

    public Task<IReadOnlyList<Consent>> OfChatAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Consent>>(db.Read(() => Consents.Find(Query.EQ("chat", chat.Key)).OrderBy(d => d["_id"]).Select(To).ToList()));

    internal static Consent To(BsonDocument d) =>
        new(ChatAddress.Parse(d["chat"].AsString), d["person"].AsString, LinkDocuments.Utc(d["at"]), d["version"].AsString,
            Enum.Parse<ConsentDecision>(d["decision"].AsString));
}
