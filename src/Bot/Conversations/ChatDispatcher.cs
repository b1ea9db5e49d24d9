using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;

namespace SoLienLac.Bot.Conversations;

/// <summary>
/// Answers one incoming message on the channel it came from. A chat writing too fast on a public
/// channel is told once and then not answered for a minute (<see cref="FloodGate"/>); an answer the
/// platform holds back waits in the outbox (<see cref="HeldReplies"/>), never in this loop.
/// </summary>
public sealed class ChatDispatcher(ConversationEngine engine, FloodGate flood, HeldReplies held, ILogger<ChatDispatcher> logger)
{
    /// <summary>What the outbox waits when a 429 names no time.</summary>
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    public async Task DispatchAsync(IncomingMessage message, IChatChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.OpenToAnyone)
        {
            switch (flood.Admit(message.Chat))
            {
                case FloodVerdict.Drop:
                    return;
                case FloodVerdict.TellOnce:
                    logger.LogInformation("{Chat} sent more than {Limit} messages in a minute: not answered for a minute", message.Chat, flood.Limit);
                    // In a group the note would only add to the noise; a group is simply not answered.
                    if (message.IsPrivate) await SendAsync(message, [new Reply(ChatTexts.TooManyMessages(flood.Limit))], channel, cancellationToken);
                    return;
            }
        }
        var replies = await engine.HandleAsync(message, cancellationToken);
        await SendAsync(message, replies, channel, cancellationToken);
        logger.LogDebug("Answered {Chat} with {Count} replies", message.Chat, replies.Count);
    }

    private async Task SendAsync(IncomingMessage message, IReadOnlyList<Reply> replies, IChatChannel channel, CancellationToken cancellationToken)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            if (held.IsHolding(message.Chat))
            {
                held.Hold(message.Chat, replies.Skip(i).ToList(), TimeSpan.Zero);
                return;
            }
            try
            {
                await channel.SendAsync(message.Chat, replies[i], cancellationToken);
            }
            catch (DeliveryException e) when (e.Failure == DeliveryFailure.RateLimited)
            {
                held.Hold(message.Chat, replies.Skip(i).ToList(), e.RetryAfter ?? DefaultWait);
                logger.LogInformation("{Chat}'s answer held back by the platform for {Wait}: it waits in the outbox", message.Chat, e.RetryAfter ?? DefaultWait);
                return;
            }
        }
    }
}
