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
        {
            try
            {
                await channel.SendAsync(message.Chat, reply, cancellationToken);
            }
            catch (Delivery.DeliveryException e) when (e.Failure == Delivery.DeliveryFailure.RateLimited && e.RetryAfter < TimeSpan.FromSeconds(30))
            {
                // A person is waiting for this answer: wait as the channel asks, once, and answer.
                await Task.Delay(e.RetryAfter.Value, cancellationToken);
                await channel.SendAsync(message.Chat, reply, cancellationToken);
            }
        }
        logger.LogDebug("Answered {Chat} with {Count} replies", message.Chat, replies.Count);
    }
}
