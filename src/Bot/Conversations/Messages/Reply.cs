namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>
/// What the bot answers: text, and maybe buttons (each carrying the command it stands for), a
/// request for the person's own phone, or a document. Channels draw it their own way.
/// </summary>
public sealed record Reply(string Text)
{
    /// <summary>Rows of buttons under the message.</summary>
    public IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons { get; init; } = [];

    /// <summary>Offer the channel's "share my phone" button.</summary>
    public bool AsksForPhone { get; init; }

    /// <summary>Take away a keyboard shown before (the phone button, once it has served).</summary>
    public bool ClearsKeyboard { get; init; }

    public ReplyDocument? Document { get; init; }

    /// <summary>
    /// What a person types for each button, in the buttons' order, on a channel that shows none: set
    /// by the engine for a conversation's reply ("1", "2"), by the sender for a message the bot sends
    /// on its own ("A", "B"). See <see cref="Choices.Offer"/>.
    /// </summary>
    public IReadOnlyList<string> ChoiceKeys { get; init; } = [];

    /// <summary>
    /// The language the text is written in ("vi", "en"): what the channel adds (the phone button's label,
    /// "Trả lời bằng số:") is written in it too. Null: the school's language (messages queued before
    /// replies carried one were all Vietnamese).
    /// </summary>
    public string? Language { get; init; }
}

public sealed record ReplyButton(string Label, string Command);

public sealed record ReplyDocument(string FileName, byte[] Content);
