using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Delivery;

namespace SoLienLac.Bot.Conversations;

/// <summary>
/// Answers one incoming message on the channel it came from. A chat writing too fast on a public
/// channel is told once and then not answered for a minute (<see cref="FloodGate"/>); an answer the
/// platform holds back waits in the outbox (<see cref="HeldReplies"/>), never in this loop.
/// </summary>
public sealed class ChatDispatcher(ConversationEngine engine, FloodGate flood, HeldReplies held, RateGates gates, Catalogues catalogues,
    Domain.Chats.IChatTurns turns, ILogger<ChatDispatcher> logger)
{
    /// <summary>What the outbox waits when a 429 names no time.</summary>
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// One turn at a time per chat: webhook requests of one chat may arrive together, and a turn reads
    /// the chat's state, answers and saves it. A fixed set of locks, a chat's by the hash of its
    /// address — chats that share one wait for each other's turn, which costs milliseconds.
    /// </summary>
    private readonly SemaphoreSlim[] _turns = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

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
                    if (message.IsPrivate)
                    {
                        var texts = catalogues.For(message.Language);
                        await SendAsync(message, [new Reply(texts.Chat.TooManyMessages(flood.Limit)) { Language = texts.Language }], channel, cancellationToken);
                    }
                    return;
            }
        }
        var turn = _turns[(uint)StringComparer.Ordinal.GetHashCode(message.Chat.Key) % (uint)_turns.Length];
        await turn.WaitAsync(cancellationToken);
        try
        {
            // And across processes: another bot process may have taken an update of this chat (webhooks behind a balancer).
            await using var across = await turns.TakeAsync(message.Chat, cancellationToken);
            var replies = await engine.HandleAsync(message, cancellationToken);
            await SendAsync(message, replies, channel, cancellationToken);
            logger.LogDebug("Answered {Chat} with {Count} replies", message.Chat, replies.Count);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>
    /// Answers go through the channel's rate gate like everything else the bot sends (the platform counts
    /// them all): a slot is a few milliseconds; while the platform has asked the sender to wait, they wait in the outbox.
    /// The local chat has no platform behind it and is not gated.
    /// </summary>
    private async Task SendAsync(IncomingMessage message, IReadOnlyList<Reply> replies, IChatChannel channel, CancellationToken cancellationToken)
    {
        var gate = channel.OpenToAnyone ? gates.For(channel.Name) : null;
        for (var i = 0; i < replies.Count; i++)
        {
            if (gate?.PausedFor > TimeSpan.Zero || await held.IsHoldingAsync(message.Chat, cancellationToken))
            {
                await held.HoldAsync(message.Chat, replies.Skip(i).ToList(), gate?.PausedFor ?? TimeSpan.Zero, cancellationToken);
                return;
            }
            try
            {
                if (gate is not null) await gate.TakeSlotAsync(message.Chat, cancellationToken);
                try
                {
                    await channel.SendAsync(message.Chat, replies[i], cancellationToken);
                }
                finally
                {
                    gate?.Completed();
                }
            }
            catch (DeliveryException e) when (e.Failure == DeliveryFailure.RateLimited)
            {
                // Only this chat's answers wait: a 429 on one person's answer is most often that chat's own
                // limit, and everyone else is still answered (the sender, fanning out, slows the whole channel).
                await held.HoldAsync(message.Chat, replies.Skip(i).ToList(), e.RetryAfter ?? DefaultWait, cancellationToken);
                logger.LogInformation("{Chat}'s answer held back by the platform for {Wait}: it waits in the outbox", message.Chat, e.RetryAfter ?? DefaultWait);
                return;
            }
        }
    }
}
