using Microsoft.Extensions.Options;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// Spaces messages out: overall at <see cref="DeliveryOptions.MessagesPerSecond"/>, to one chat at
/// most every <see cref="DeliveryOptions.PerChatInterval"/>, and not at all while the channel asked to wait.
/// </summary>
public sealed class RateGate(IOptions<DeliveryOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _chatFree = [];
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    private TimeSpan Spacing => TimeSpan.FromSeconds(1 / options.Value.MessagesPerSecond);

    /// <summary>When this chat may next be written to; earlier than now means at once.</summary>
    public DateTimeOffset ChatFreeAt(ChatAddress chat) => _chatFree.GetValueOrDefault(chat.Key, DateTimeOffset.MinValue);

    /// <summary>Waits for the next overall slot (and any pause the channel asked for), then takes it.</summary>
    public async Task TakeSlotAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var start = new[] { now, _nextSlot, _pausedUntil }.Max();
        if (start > now) await Task.Delay(start - now, clock, cancellationToken);
        _nextSlot = start + Spacing;
        _chatFree[chat.Key] = start + options.Value.PerChatInterval;
    }

    /// <summary>The channel said 429: nothing goes out until the wait is over, and the pace stays gentler.</summary>
    public void Pause(TimeSpan wait) => _pausedUntil = clock.GetUtcNow() + wait;
}
