using SoLienLac.Domain.Calendar;

namespace SoLienLac.Domain.Tests.Calendar;

public class DaySessionsTests
{
    [Theory]
    [InlineData("sáng", DaySession.Morning)]
    [InlineData("sang", DaySession.Morning)]
    [InlineData("SÁNG", DaySession.Morning)]
    [InlineData("chiều", DaySession.Afternoon)]
    [InlineData("Chieu", DaySession.Afternoon)]
    public void TryParse_ReadsMorningAndAfternoonWithOrWithoutAccents(string text, DaySession expected)
    {
        Assert.True(DaySessions.TryParse(text, out var session));
        Assert.Equal(expected, session);
    }

    [Theory]
    [InlineData("tối")]
    [InlineData("morning")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RejectsOtherSessions(string? text) =>
        Assert.False(DaySessions.TryParse(text, out _));

    [Theory]
    [InlineData(DaySession.Morning)]
    [InlineData(DaySession.Afternoon)]
    public void CodeAndVietnamese_ReadBackAsTheSameSession(DaySession session)
    {
        Assert.True(DaySessions.TryParse(session.Code(), out var fromCode));
        Assert.True(DaySessions.TryParse(session.Vietnamese(), out var fromName));
        Assert.Equal(session, fromCode);
        Assert.Equal(session, fromName);
    }
}
