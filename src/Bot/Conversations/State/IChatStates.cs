using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.State;

public interface IChatStates
{
    ChatState Load(ChatAddress chat);

    void Save(ChatState state);
}
