using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>What the bot remembers of a chat between messages: the flow it is in and the child it is looking at.</summary>
public sealed record ChatState(ChatAddress Chat, FlowState? Flow, string? SelectedStudent)
{
    public static ChatState New(ChatAddress chat) => new(chat, null, null);
}
