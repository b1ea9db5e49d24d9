using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>
/// What the bot remembers of a chat between messages: the flow it is in, the child it is looking at,
/// the choices its last reply offered, and the language it writes in.
/// </summary>
public sealed record ChatState(ChatAddress Chat, FlowState? Flow, string? SelectedStudent)
{
    /// <summary>The choices the last reply with buttons offered: "1" means its first until it expires.</summary>
    public Choices.Offer? Offer { get; init; }

    /// <summary>
    /// The language the chat was last seen writing in ("en", "vi"), kept so that what the bot sends on its
    /// own later reaches it in that language too; null when the channel never said (Zalo, the local chat).
    /// </summary>
    public string? Language { get; init; }

    public static ChatState New(ChatAddress chat) => new(chat, null, null);
}
