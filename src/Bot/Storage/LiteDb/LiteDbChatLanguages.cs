using LiteDB;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>Reads the <c>language</c> field <see cref="LiteDbChatStates"/> writes: no flow steps needed, so the verbs' host has it too.</summary>
internal sealed class LiteDbChatLanguages(SchoolDatabase db) : IChatLanguages
{
    private ILiteCollection<BsonDocument> Chats => db.Collection(Collections.Chats);

    public IReadOnlyDictionary<string, string> Find(IEnumerable<ChatAddress> chats)
    {
        ArgumentNullException.ThrowIfNull(chats);
        var keys = chats.Select(c => new BsonValue(c.Key)).ToList();
        if (keys.Count == 0) return new Dictionary<string, string>();
        return db.Read(() => Chats.Find(Where.In("_id", keys)).Where(d => d["language"].IsString)
            .ToDictionary(d => d["_id"].AsString, d => d["language"].AsString, StringComparer.Ordinal));
    }
}
