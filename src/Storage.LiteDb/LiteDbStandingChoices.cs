using LiteDB;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

internal sealed class LiteDbStandingChoices(SchoolDatabase db) : IStandingChoices
{
    private ILiteCollection<BsonDocument> Choices => db.Collection(Collections.StandingChoices);

    public Task<IReadOnlyList<string>> OfferAsync(ChatAddress chat, IReadOnlyList<(string Label, string Command)> choices, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var keys = new List<string>();
        if (choices.Count == 0) return Task.FromResult<IReadOnlyList<string>>(keys);
        db.Write(() =>
        {
            var inUse = Choices.Find(Where.Is("chat", chat.Key)).Where(d => LinkDocuments.Utc(d["expires"]) > now)
                .Select(d => d["key"].AsString).ToHashSet(StringComparer.Ordinal);
            for (var index = 0; keys.Count < choices.Count; index++)
            {
                var key = StandingChoice.KeyAt(index);
                if (inUse.Contains(key)) continue;
                var (label, command) = choices[keys.Count];
                Choices.Upsert(new BsonDocument
                {
                    ["_id"] = $"{chat.Key}|{key}",
                    ["chat"] = chat.Key,
                    ["key"] = key,
                    ["label"] = label,
                    ["command"] = command,
                    ["expires"] = (now + IStandingChoices.Lifetime).UtcDateTime,
                });
                keys.Add(key);
            }
        });
        return Task.FromResult<IReadOnlyList<string>>(keys);
    }

    public Task<StandingChoice?> FindAsync(ChatAddress chat, string key, CancellationToken cancellationToken) => Task.FromResult(db.Read(() =>
        Choices.FindById($"{chat.Key}|{key.ToUpperInvariant()}") is { } d
            ? new StandingChoice(d["key"].AsString, d["label"].AsString, d["command"].AsString, LinkDocuments.Utc(d["expires"]))
            : null));

    public Task<int> ForgetExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var forgotten = 0;
        db.Write(() => forgotten = Choices.DeleteMany(Where.Matches("expires < @0", before.UtcDateTime)));
        return Task.FromResult(forgotten);
    }
}
