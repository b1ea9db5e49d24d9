using System.Text.Json;
using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using SoLienLac.Bot.Conversations.Choices;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Storage.LiteDb;

internal sealed class LiteDbChatStates(SchoolDatabase db, FlowSteps steps, TimeProvider clock) : IChatStates
{
    private ILiteCollection<BsonDocument> Chats => db.Collection(Collections.Chats);

    public ChatState Load(ChatAddress chat)
    {
        if (db.Read(() => Chats.FindById(chat.Key)) is not { } d) return ChatState.New(chat);
        return new ChatState(chat, ReadFlow(d["flow"]), d["selected"].IsNull ? null : d["selected"].AsString)
        {
            Offer = ReadOffer(d["offer"]),
            // Chats saved before languages were kept have none: the school's default holds until they write again.
            Language = d["language"].IsString ? d["language"].AsString : null,
        };
    }

    /// <summary>Chats saved before offers were kept have none.</summary>
    private static Offer? ReadOffer(BsonValue value)
    {
        if (!value.IsString) return null;
        try
        {
            return JsonSerializer.Deserialize<Offer>(value.AsString);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A step this release no longer knows is dropped: the person starts that flow again.</summary>
    private FlowState? ReadFlow(BsonValue value) => value.IsString ? steps.Read(value.AsString) : null;

    public void Save(ChatState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var document = new BsonDocument
        {
            ["_id"] = state.Chat.Key,
            ["flow"] = state.Flow is null ? BsonValue.Null : steps.Write(state.Flow),
            ["selected"] = state.SelectedStudent is null ? BsonValue.Null : state.SelectedStudent,
            ["offer"] = state.Offer is null ? BsonValue.Null : JsonSerializer.Serialize(state.Offer),
            ["language"] = state.Language is null ? BsonValue.Null : state.Language,
            ["touched"] = clock.GetUtcNow().UtcDateTime,
        };
        db.Write(() => Chats.Upsert(document));
    }

    /// <summary>
    /// A chat saved before <c>touched</c> was kept counts as untouched; one with nothing left to keep goes
    /// (its chosen child and its language stay: the weekly summary reaches it in that language).
    /// </summary>
    public int ForgetFlowsUntouchedSince(DateTimeOffset before)
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
        return forgotten;
    }
}
