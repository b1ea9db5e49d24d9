using System.Diagnostics;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// The updates waiting for the bot, as the Bot API keeps them: an update stays until a later getUpdates
/// carries an offset past its id, so a poll that is cancelled or fails loses nothing.
/// </summary>
internal sealed class UpdateQueue(ActivityMonitor activity)
{
    private readonly Lock _gate = new();
    private readonly List<Update> _pending = [];
    private int _nextId = 1;
    private TaskCompletionSource _arrived = NewSignal();

    private int _waiting;

    /// <summary>Long polls now waiting for an update.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Updates given to the test but not yet confirmed by the bot.</summary>
    public int Unconfirmed
    {
        get { lock (_gate) return _pending.Count; }
    }

    public int Enqueue(Func<int, Update> build)
    {
        TaskCompletionSource arrived;
        int id;
        lock (_gate)
        {
            id = _nextId++;
            _pending.Add(build(id));
            arrived = _arrived;
            _arrived = NewSignal();
        }
        activity.Touch();
        arrived.TrySetResult();
        return id;
    }

    public void DropAll()
    {
        lock (_gate) _pending.Clear();
    }

    public async Task<IReadOnlyList<Update>> Take(long? offset, int limit, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                Confirm(offset);
                if (_pending.Count > 0)
                {
                    activity.Touch();
                    return [.. _pending.Take(limit)];
                }
                arrived = _arrived.Task;
            }
            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero) return [];
            Interlocked.Increment(ref _waiting);
            try
            {
                await arrived.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                // The loop looks once more, then answers with what it has: most often nothing.
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
    }

    private void Confirm(long? offset)
    {
        var before = _pending.Count;
        if (offset > 0)
            _pending.RemoveAll(u => u.Id < offset);
        else if (offset < 0)
            _pending.RemoveRange(0, (int)Math.Max(0, _pending.Count + offset.Value));
        if (_pending.Count != before) activity.Touch();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
