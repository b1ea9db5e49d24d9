using System.Text.Json;
using SoLienLac.Bot.Conversations.Choices;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>
/// A chat's state over the store: the flow step as JSON named by its feature (<see cref="FlowSteps"/>),
/// the offer as JSON; the store keeps them as text and never needs to know what a step is.
/// </summary>
public sealed class ChatStates(IChatStore store, FlowSteps steps, TimeProvider clock) : IChatStates
{
    public async Task<ChatState> LoadAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        if (await store.LoadAsync(chat, cancellationToken) is not { } stored) return ChatState.New(chat);
        return new ChatState(chat, stored.Flow is null ? null : steps.Read(stored.Flow), stored.SelectedStudent)
        {
            Offer = ReadOffer(stored.Offer),
            Language = stored.Language,
        };
    }

    public Task SaveAsync(ChatState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var stored = new StoredChat(state.Chat, state.Flow is null ? null : steps.Write(state.Flow), state.SelectedStudent,
            state.Offer is null ? null : JsonSerializer.Serialize(state.Offer), state.Language);
        return store.SaveAsync(stored, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>An offer that no longer reads (saved by another release) is no offer.</summary>
    private static Offer? ReadOffer(string? json)
    {
        if (json is null) return null;
        try
        {
            return JsonSerializer.Deserialize<Offer>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
