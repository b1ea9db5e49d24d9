using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>The chats' states as the conversations use them: typed steps and offers over what the store keeps.</summary>
public interface IChatStates
{
    Task<ChatState> LoadAsync(ChatAddress chat, CancellationToken cancellationToken);

    Task SaveAsync(ChatState state, CancellationToken cancellationToken);
}
