using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// Answers the platform held back (429) wait in the outbox for as long as it asked, and the sender
/// delivers them then — the update loop moves on to the next person instead of sleeping. Until they
/// are out, later answers to that chat queue behind them, so a conversation keeps its order.
/// </summary>
public sealed class HeldReplies(IOutbox outbox, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>Answers queued together leave one after the other in this order (the outbox takes the earliest due first).</summary>
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);

    private readonly Dictionary<string, (string Id, DateTimeOffset Due)> _lastHeld = [];
    private readonly Lock _lock = new();

    /// <summary>True while an answer held for this chat has not left yet: a new one must queue behind it.</summary>
    public async Task<bool> IsHoldingAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        string id;
        lock (_lock)
        {
            if (!_lastHeld.TryGetValue(chat.Key, out var last)) return false;
            id = last.Id;
        }
        if (await outbox.FindAsync(id, cancellationToken) is { Status: OutboxStatus.Pending }) return true;
        lock (_lock)
        {
            if (_lastHeld.TryGetValue(chat.Key, out var last) && last.Id == id) _lastHeld.Remove(chat.Key);
        }
        return false;
    }

    /// <summary>Queues <paramref name="replies"/>, in order, to leave after <paramref name="wait"/> and after any held before.</summary>
    public async Task HoldAsync(ChatAddress chat, IReadOnlyList<Reply> replies, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count == 0) return;
        var now = clock.GetUtcNow();
        var messages = new List<OutboxMessage>();
        lock (_lock)
        {
            var due = now + wait;
            if (_lastHeld.TryGetValue(chat.Key, out var last) && last.Due >= due) due = last.Due + Step;
            foreach (var reply in replies)
            {
                messages.Add(OutboxMessages.Of($"reply:{chat.Key}:{Guid.NewGuid():N}", chat, reply, now, due));
                due += Step;
            }
            _lastHeld[chat.Key] = (messages[^1].Id, messages[^1].NotBefore);
        }
        await outbox.EnqueueManyAsync(messages, CancellationToken.None);
        signal.Raise();
    }
}
