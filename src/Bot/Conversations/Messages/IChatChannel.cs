using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>A channel the bot speaks on: it delivers replies to chats of its own.</summary>
public interface IChatChannel
{
    /// <summary>"telegram", "zalo", "console": the first part of a <see cref="ChatAddress"/>.</summary>
    string Name { get; }

    /// <summary>
    /// Anyone on the internet can write to it (Telegram, Zalo), so each chat's messages are limited; the
    /// local terminal chat is the operator's own, and a script may pipe in as many lines as it likes.
    /// </summary>
    bool OpenToAnyone { get; }

    /// <summary>What it can draw: buttons, the phone button, files, how long a message (<see cref="ReplyFitting"/>).</summary>
    ChannelCapabilities Capabilities { get; }

    Task SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken);
}
