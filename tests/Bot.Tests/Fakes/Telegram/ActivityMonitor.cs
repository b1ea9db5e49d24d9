using System.Diagnostics;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>Knows whether the bot is still talking: requests in flight and when anything last happened.</summary>
/// <remarks>A long poll that is only waiting is not activity: a polling bot always has one open.</remarks>
internal sealed class ActivityMonitor
{
    private int _inFlight;
    private long _lastActivity = Stopwatch.GetTimestamp();

    public int InFlight => Volatile.Read(ref _inFlight);

    public TimeSpan SinceLastActivity => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastActivity));

    public void Begin()
    {
        Interlocked.Increment(ref _inFlight);
        Touch();
    }

    public void End()
    {
        Touch();
        Interlocked.Decrement(ref _inFlight);
    }

    public void Touch() => Interlocked.Exchange(ref _lastActivity, Stopwatch.GetTimestamp());

    /// <summary>
    /// Waits until nothing is <paramref name="queued"/> for the bot, no call is in flight and nothing
    /// happened for <paramref name="quiet"/>, so a test can then assert that nothing more was sent.
    /// </summary>
    /// <param name="busy">What the timeout says is still going on.</param>
    public async Task WaitUntilIdle(Func<int> queued, TimeSpan quiet, TimeSpan timeout, Func<string> busy)
    {
        var started = Stopwatch.GetTimestamp();
        while (InFlight > 0 || queued() > 0 || SinceLastActivity < quiet)
        {
            if (Stopwatch.GetElapsedTime(started) > timeout) throw new TimeoutException($"The bot is still busy: {busy()}.");
            await Task.Delay(20);
        }
    }
}
