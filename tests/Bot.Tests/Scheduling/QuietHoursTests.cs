using SoLienLac.Bot.Scheduling;

namespace SoLienLac.Bot.Tests.Scheduling;

public sealed class QuietHoursTests
{
    private static readonly TimeOnly From = new(21, 0);
    private static readonly TimeOnly Until = new(6, 30);

    [Theory]
    [InlineData("2026-11-28 17:00", "2026-11-28 17:00")]
    [InlineData("2026-11-28 20:59", "2026-11-28 20:59")]
    [InlineData("2026-11-28 21:00", "2026-11-29 06:30")]
    [InlineData("2026-11-28 23:45", "2026-11-29 06:30")]
    [InlineData("2026-11-29 03:00", "2026-11-29 06:30")]
    [InlineData("2026-11-29 06:30", "2026-11-29 06:30")]
    public void AMessageDueAtNight_WaitsForHalfPastSix(string due, string expected)
    {
        var offset = TimeSpan.FromHours(7);
        var at = new DateTimeOffset(DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture), offset);

        var allowed = QuietHours.NextAllowed(at, From, Until);

        Assert.Equal(new DateTimeOffset(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), offset), allowed);
    }
}
