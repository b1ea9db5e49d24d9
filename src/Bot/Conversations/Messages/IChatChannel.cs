using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>A channel the bot speaks on: it delivers replies to chats of its own.</summary>
public interface IChatChannel
{
    /// <summary>"telegram", "zalo", "console": the first part of a <see cref="ChatAddress"/>.</summary>
    string Name { get; }

    Task SendAsync(ChatAddress chat, Reply reply, CancellationToken cancellationToken);
}
