using SoLienLac.Domain.Calendar;

namespace SoLienLac.Domain.Tests.Calendar;

public class SchoolWeekTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-11-23")] // Monday
    [InlineData("2026-11-25", "2026-11-23")] // Wednesday
    [InlineData("2026-11-29", "2026-11-23")] // Sunday
    [InlineData("2026-11-30", "2026-11-30")] // the next Monday
    [InlineData("2027-01-01", "2026-12-28")] // a Friday across the new year
    public void Of_StartsTheWeekOnMonday(string day, string monday) =>
        Assert.Equal(Date(monday), SchoolWeek.Of(Date(day)).Monday);

    [Theory]
    [InlineData("2026-11-23", "2026-W48")]
    [InlineData("2026-11-29", "2026-W48")]
    [InlineData("2027-01-01", "2026-W53")]
    [InlineData("2027-01-04", "2027-W01")]
    [InlineData("2027-01-18", "2027-W03")]
    public void Id_NamesTheWeekAsAnIsoWeek(string day, string expected) =>
        Assert.Equal(expected, SchoolWeek.Of(Date(day)).Id);

    [Fact]
    public void Contains_MondayToSunday()
    {
        var week = SchoolWeek.Of(Date("2026-11-25"));

        Assert.Equal(Date("2026-11-29"), week.Sunday);
        Assert.True(week.Contains(Date("2026-11-23")));
        Assert.True(week.Contains(Date("2026-11-29")));
        Assert.False(week.Contains(Date("2026-11-22")));
        Assert.False(week.Contains(Date("2026-11-30")));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
