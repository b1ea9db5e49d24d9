using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>
/// What the bot remembers of a chat between messages: the flow it is in, the child it is looking at,
/// and the choices its last reply offered.
/// </summary>
public sealed record ChatState(ChatAddress Chat, FlowState? Flow, string? SelectedStudent)
{
    /// <summary>The choices the last reply with buttons offered: "1" means its first until it expires.</summary>
    public Choices.Offer? Offer { get; init; }

    public static ChatState New(ChatAddress chat) => new(chat, null, null);
}
