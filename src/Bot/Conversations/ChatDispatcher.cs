using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Conversations.Messages;

namespace SoLienLac.Bot.Conversations;

/// <summary>Answers one incoming message on the channel it came from.</summary>
public sealed class ChatDispatcher(ConversationEngine engine, ILogger<ChatDispatcher> logger)
{
    public async Task DispatchAsync(IncomingMessage message, IChatChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(channel);
        var replies = await engine.HandleAsync(message, cancellationToken);
        foreach (var reply in replies)
            await channel.SendAsync(message.Chat, reply, cancellationToken);
        logger.LogDebug("Answered {Chat} with {Count} replies", message.Chat, replies.Count);
    }
}
