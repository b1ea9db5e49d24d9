using LiteDB;
using SoLienLac.Bot.Conversations.Choices;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Storage.LiteDb.Documents;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Storage.LiteDb;

internal sealed class LiteDbStandingChoices(SchoolDatabase db) : IStandingChoices
{
    private ILiteCollection<BsonDocument> Choices => db.Collection(Collections.StandingChoices);

    public IReadOnlyList<string> Offer(ChatAddress chat, IReadOnlyList<ReplyButton> buttons, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var keys = new List<string>();
        if (buttons.Count == 0) return keys;
        db.Write(() =>
        {
            var inUse = Choices.Find(Where.Is("chat", chat.Key)).Where(d => LinkDocuments.Utc(d["expires"]) > now)
                .Select(d => d["key"].AsString).ToHashSet(StringComparer.Ordinal);
            for (var index = 0; keys.Count < buttons.Count; index++)
            {
                var key = ChoiceKeys.Letters(index);
                if (inUse.Contains(key)) continue;
                var button = buttons[keys.Count];
                Choices.Upsert(new BsonDocument
                {
                    ["_id"] = $"{chat.Key}|{key}",
                    ["chat"] = chat.Key,
                    ["key"] = key,
                    ["label"] = button.Label,
                    ["command"] = button.Command,
                    ["expires"] = (now + IStandingChoices.Lifetime).UtcDateTime,
                });
                keys.Add(key);
            }
        });
        return keys;
    }

    public (OfferedChoice Choice, DateTimeOffset ExpiresAt)? Find(ChatAddress chat, string key) => db.Read(() =>
        Choices.FindById($"{chat.Key}|{key.ToUpperInvariant()}") is { } d
            ? (new OfferedChoice(d["key"].AsString, d["label"].AsString, d["command"].AsString), LinkDocuments.Utc(d["expires"]))
            : ((OfferedChoice, DateTimeOffset)?)null);

    public int ForgetExpired(DateTimeOffset before)
    {
        var forgotten = 0;
        db.Write(() => forgotten = Choices.DeleteMany(Where.Matches("expires < @0", before.UtcDateTime)));
        return forgotten;
    }
}
