using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>
/// What a person sent, whatever the channel: text or a command, a shared contact, a pressed
/// button, or a document. Channels build it at their edge; handlers never see a channel's types.
/// </summary>
public sealed record IncomingMessage(ChatAddress Chat, string SenderId, bool IsPrivate)
{
    public string? Text { get; init; }

    public SharedContact? Contact { get; init; }

    /// <summary>The command line a pressed button carries ("/con HS0001").</summary>
    public string? Button { get; init; }

    public IncomingDocument? Document { get; init; }

    /// <summary>
    /// The language the sender's app is set to, as <see cref="Texts.Languages"/> codes ("en", "vi"), when
    /// the channel says (Telegram's <c>language_code</c>); null on Zalo and the local chat.
    /// </summary>
    public string? Language { get; init; }
}

/// <summary>A contact card; <see cref="OwnerId"/> is the channel's user id of the person it belongs to, if any.</summary>
public sealed record SharedContact(string Phone, string? OwnerId);

public sealed record IncomingDocument(string FileId, string FileName, long? Size);
