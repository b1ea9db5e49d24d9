namespace SoLienLac.Bot.Tests.Support;

/// <summary>A clock the test moves by hand. It starts on Monday 23/11/2026 at 09:00 in Hanoi.</summary>
public sealed class ManualClock : TimeProvider
{
    public static readonly DateTimeOffset DemoMorning = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    private DateTimeOffset _now = DemoMorning;
    private readonly Lock _lock = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now.ToUniversalTime();
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock) _now += by;
    }
}
