using System.Diagnostics;
using System.Text.Json.Nodes;
using SoLienLac.Bot.Tests.Fakes.Telegram;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>
/// The updates waiting for the bot. Zalo has no offset: an update leaves the queue when a getUpdates
/// carries it out, so each one is delivered once.
/// </summary>
internal sealed class ZaloUpdateQueue(ActivityMonitor activity)
{
    private readonly Lock _gate = new();
    private readonly Queue<JsonObject> _pending = new();
    private TaskCompletionSource _arrived = NewSignal();
    private int _waiting;

    /// <summary>Long polls now waiting for an update.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public int Count
    {
        get { lock (_gate) return _pending.Count; }
    }

    public void Enqueue(JsonObject update)
    {
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _pending.Enqueue(update);
            arrived = _arrived;
            _arrived = NewSignal();
        }
        activity.Touch();
        arrived.TrySetResult();
    }

    /// <summary>The next update, or null when none came within <paramref name="timeout"/>.</summary>
    public async Task<JsonObject?> Take(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                // A poll the client already gave up on must not carry an update away with it.
                cancellationToken.ThrowIfCancellationRequested();
                if (_pending.TryDequeue(out var update))
                {
                    activity.Touch();
                    return update;
                }
                arrived = _arrived.Task;
            }
            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero) return null;
            Interlocked.Increment(ref _waiting);
            try
            {
                await arrived.WaitAsync(remaining, cancellationToken);
            }
            catch (TimeoutException)
            {
                // One last look under the lock decides.
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
