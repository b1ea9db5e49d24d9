using System.Diagnostics;

namespace SoLienLac.Bench.Delivery;

/// <summary>
/// The fake Bot API's limit, as strict as Telegram's documented one can be read: a message is refused
/// (429) when <c>perSecond</c> accepted messages already arrived in the second before it, a rolling
/// window (t − 1 s, t]. Refused messages do not count against the window. Keeps every arrival, in
/// <see cref="Stopwatch"/> ticks, for the report.
/// </summary>
internal sealed class SendLimiter(int perSecond)
{
    private readonly Lock _lock = new();
    private readonly Queue<long> _window = new();
    private readonly List<long> _accepted = [];
    private readonly List<long> _refused = [];

    public int PerSecond { get; } = perSecond;

    /// <returns>Null when accepted; otherwise the whole seconds to wait, for <c>retry_after</c>.</returns>
    public int? Arrive(long timestamp)
    {
        lock (_lock)
        {
            while (_window.Count > 0 && _window.Peek() <= timestamp - Stopwatch.Frequency) _window.Dequeue();
            if (_window.Count >= PerSecond)
            {
                _refused.Add(timestamp);
                var free = _window.Peek() + Stopwatch.Frequency - timestamp;
                return Math.Max(1, (int)Math.Ceiling((double)free / Stopwatch.Frequency));
            }
            _window.Enqueue(timestamp);
            _accepted.Add(timestamp);
            return null;
        }
    }

    /// <summary>The first arrival, accepted or not; null before any.</summary>
    public long? First
    {
        get
        {
            lock (_lock) return _accepted.Count == 0 && _refused.Count == 0 ? null : Math.Min(_accepted.FirstOrDefault(long.MaxValue), _refused.FirstOrDefault(long.MaxValue));
        }
    }

    public (int Accepted, int Refused) Counts
    {
        get
        {
            lock (_lock) return (_accepted.Count, _refused.Count);
        }
    }

    public SendLog Between(long from, long to)
    {
        lock (_lock) return new SendLog(_accepted.Where(t => t >= from && t < to).ToList(), _refused.Where(t => t >= from && t < to).ToList(), from, to);
    }
}
