using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Delivery;

/// <summary>Every proactive message is first written to the outbox; the sender sends it.</summary>
public sealed class OutboxNotifier(IOutbox outbox, OutboxSignal signal, TimeProvider clock) : INotifier
{
    public async Task NotifyAsync(string id, ChatAddress chat, Reply message, CodeHolder? forWhom, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await outbox.EnqueueAsync(OutboxMessages.Of(id, chat, message, now, now, forWhom), cancellationToken)) signal.Raise();
    }
}
