using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Tests.Attendance;

public class AbsenceTallyTests
{
    private static readonly StudentCode Student = StudentCode.Parse("HS0001");

    [Fact]
    public void Count_SeparatesExcusedFromUnexcused()
    {
        var tally = AbsenceTally.Count(
        [
            new Absence(Student, new DateOnly(2026, 11, 23), DaySession.Morning, true),
            new Absence(Student, new DateOnly(2026, 11, 23), DaySession.Afternoon, true),
            new Absence(Student, new DateOnly(2026, 11, 24), DaySession.Morning, false),
        ]);

        Assert.Equal(new AbsenceTally(2, 1), tally);
        Assert.Equal(3, tally.Total);
    }

    [Theory]
    [InlineData("P", true)]
    [InlineData("p", true)]
    [InlineData("K", false)]
    [InlineData(" k ", false)]
    public void TryParseExcused_ReadsPAndK(string text, bool expected)
    {
        Assert.True(Absence.TryParseExcused(text, out var excused));
        Assert.Equal(expected, excused);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseExcused_RejectsAnythingElse(string? text) =>
        Assert.False(Absence.TryParseExcused(text, out _));
}
