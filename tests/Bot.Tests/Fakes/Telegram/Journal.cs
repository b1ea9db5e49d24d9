using System.Diagnostics;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>An append-only list that several request threads write and a test can wait on.</summary>
internal sealed class Journal<T>
{
    private readonly Lock _gate = new();
    private readonly List<T> _items = [];
    private TaskCompletionSource _changed = NewSignal();

    public void Add(T item)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _items.Add(item);
            changed = _changed;
            _changed = NewSignal();
        }
        changed.TrySetResult();
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate) return [.. _items];
    }

    /// <summary>Waits until <paramref name="condition"/>, evaluated under the lock on the whole list, holds.</summary>
    /// <returns>False when <paramref name="timeout"/> passed first.</returns>
    public async Task<bool> WaitUntil(Func<IReadOnlyList<T>, bool> condition, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition(_items)) return true;
                changed = _changed.Task;
            }
            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero) return false;
            try
            {
                await changed.WaitAsync(remaining);
            }
            catch (TimeoutException)
            {
                // One last look under the lock decides.
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
