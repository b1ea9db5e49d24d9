using Microsoft.Extensions.Options;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// Spaces messages out: overall at <see cref="DeliveryOptions.MessagesPerSecond"/>, to one chat at
/// most every <see cref="DeliveryOptions.PerChatInterval"/>, and not at all while the channel asked
/// to wait. Even spacing alone is not enough for a channel that counts N messages in any rolling
/// second: one message held up on the way (a pause of the collector, a slow write) lets the next
/// ones arrive closer together than their slots. So a message also waits until one second has passed
/// since the message N before it was <em>confirmed</em> — it cannot have arrived later than that —
/// and the channel never sees more than N in a second. Pacing is about real sending speed, so it keeps real time (<paramref name="pacing"/>),
/// not the school's clock that schedules what is due.
/// </summary>
public sealed class RateGate(IOptions<DeliveryOptions> options, TimeProvider? pacing = null)
{
    private readonly TimeProvider _clock = pacing ?? TimeProvider.System;
    private readonly Dictionary<string, DateTimeOffset> _chatFree = [];
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _confirmed = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private double _slowdown = 1;

    /// <summary>The channel's second, and a little more for clocks that do not agree to the millisecond.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1010);

    /// <summary>How many missed slots a late sender may take back: a quarter of a second of them.</summary>
    private static readonly TimeSpan CatchUp = TimeSpan.FromMilliseconds(250);

    /// <summary>After a 429 the pace is gentler for a minute (up to four times slower), then back to the configured rate.</summary>
    private static readonly TimeSpan Recovery = TimeSpan.FromMinutes(1);

    /// <summary>How many messages the channel takes in one second: the confirmations remembered.</summary>
    private int PerWindow => (int)Math.Ceiling(options.Value.MessagesPerSecond);

    private TimeSpan Spacing => TimeSpan.FromSeconds(_slowdown / options.Value.MessagesPerSecond);

    /// <summary>When the slot last taken opens (a test on a fake clock moves the clock right there).</summary>
    internal DateTimeOffset LastSlot { get; private set; }

    /// <summary>How long until this chat may be written to again; zero when it may now.</summary>
    public TimeSpan ChatWait(ChatAddress chat)
    {
        lock (_lock)
        {
            var wait = _chatFree.GetValueOrDefault(chat.Key, DateTimeOffset.MinValue) - _clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Waits for the next overall slot (and any pause the channel asked for), then takes it.</summary>
    public async Task TakeSlotAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        DateTimeOffset start, now;
        lock (_lock)
        {
            now = _clock.GetUtcNow();
            if (_slowdown > 1 && now > _pausedUntil + Recovery) _slowdown = 1;
            var windowFree = _confirmed.Count >= PerWindow ? _confirmed.Peek() + Window : DateTimeOffset.MinValue;
            // A sender a little late (a timer that fired late, a slow write) takes the slots it missed
            // back, up to CatchUp: at a thousand a second every slot is a millisecond, finer than timers.
            // The rolling second above still holds whatever the spacing.
            var due = _nextSlot > now - CatchUp ? _nextSlot : now - CatchUp;
            var held = _pausedUntil > windowFree ? _pausedUntil : windowFree;
            start = new[] { now, due, held }.Max();
            LastSlot = start;
            _nextSlot = (due > held ? due : held) + Spacing;
            _chatFree[chat.Key] = start + options.Value.PerChatInterval;
            if (_chatFree.Count > 100_000) Forget(now);
        }
        // Timers keep a coarse clock and may fire a few milliseconds early: wait until the slot has really come.
        for (var left = start - now; left > TimeSpan.Zero; left = start - _clock.GetUtcNow())
            await Task.Delay(left < MinimumDelay ? MinimumDelay : left, _clock, cancellationToken);
    }

    private static readonly TimeSpan MinimumDelay = TimeSpan.FromMilliseconds(1);

    /// <summary>The message that took the last slot is done (answered, refused or failed): it reached the channel by now.</summary>
    public void Completed()
    {
        lock (_lock)
        {
            _confirmed.Enqueue(_clock.GetUtcNow());
            while (_confirmed.Count > PerWindow) _confirmed.Dequeue();
        }
    }

    /// <summary>The channel said 429: nothing goes out until the wait is over, and then more slowly for a while.</summary>
    public void Pause(TimeSpan wait)
    {
        lock (_lock)
        {
            _pausedUntil = _clock.GetUtcNow() + wait;
            _slowdown = Math.Min(_slowdown * 1.5, 4);
        }
    }

    /// <summary>How much longer the channel asked to wait after its last 429; zero when it did not or the wait is over.</summary>
    public TimeSpan PausedFor
    {
        get
        {
            lock (_lock)
            {
                var left = _pausedUntil - _clock.GetUtcNow();
                return left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }
    }

    /// <summary>Chats whose spacing has passed need no entry: keeps the map small on a big fan-out.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var key in _chatFree.Where(p => p.Value <= now).Select(p => p.Key).ToList()) _chatFree.Remove(key);
    }
}
