using LiteDB;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Storage.LiteDb;

/// <summary>
/// The numbered options last offered to each chat on a channel without buttons (Zalo), kept in the
/// database so that "1" still means the same choice after a restart.
/// </summary>
public sealed class LiteDbOfferedOptions(SchoolDatabase db)
{
    private ILiteCollection<BsonDocument> Offered => db.Collection(Collections.OfferedOptions);

    public IReadOnlyList<ReplyButton>? Of(ChatAddress chat) => db.Read(() =>
        Offered.FindById(chat.Key) is { } d
            ? d["options"].AsArray.Select(o => new ReplyButton(o["label"].AsString, o["command"].AsString)).ToList()
            : null);

    public void Save(ChatAddress chat, IReadOnlyList<ReplyButton> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        db.Write(() => Offered.Upsert(new BsonDocument
        {
            ["_id"] = chat.Key,
            ["options"] = new BsonArray(options.Select(o => new BsonDocument { ["label"] = o.Label, ["command"] = o.Command })),
        }));
    }
}
