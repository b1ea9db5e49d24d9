using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.State;

public interface IChatStates
{
    ChatState Load(ChatAddress chat);

    void Save(ChatState state);

    /// <summary>
    /// Ends the flows of chats not saved since <paramref name="before"/> (what a parent or teacher
    /// began and left); the child a chat has chosen stays. Returns how many flows ended.
    /// </summary>
    int ForgetFlowsUntouchedSince(DateTimeOffset before);
}
