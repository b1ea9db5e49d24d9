using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Domain.Tests.Talk;

/// <summary>When a family's message reaches a teacher, and which option a family's answer names.</summary>
public sealed class OfficeHoursTests
{
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    private static bool MondayToSaturday(DateOnly day) => day.DayOfWeek != DayOfWeek.Sunday;

    [Theory]
    [InlineData("2026-11-23 09:00", "2026-11-23 09:00")] // Monday, inside: at once
    [InlineData("2026-11-23 06:00", "2026-11-23 06:30")] // before the start: at the start
    [InlineData("2026-11-23 21:00", "2026-11-24 06:30")] // at the end: the next morning
    [InlineData("2026-11-28 22:15", "2026-11-30 06:30")] // Saturday night: Monday, not Sunday
    [InlineData("2026-11-29 10:00", "2026-11-30 06:30")] // Sunday
    public void AMessage_ReachesTheTeacher_AtTheNextOpenMoment(string written, string delivered)
    {
        var at = new DateTimeOffset(DateTime.Parse(written, System.Globalization.CultureInfo.InvariantCulture), Hanoi);

        var open = OfficeHours.Default.NextOpen(at, MondayToSaturday);

        Assert.Equal(new DateTimeOffset(DateTime.Parse(delivered, System.Globalization.CultureInfo.InvariantCulture), Hanoi), open);
    }

    [Theory]
    [InlineData("07:00-20:00", true)]
    [InlineData("7h-20h", true)]
    [InlineData("07:00–20:00", true)]
    [InlineData("20:00-07:00", false)]
    [InlineData("7 giờ", false)]
    public void Hours_AreReadAsTheTeacherWritesThem_StartBeforeEnd(string text, bool readable) =>
        Assert.Equal(readable, OfficeHours.TryParse(text, out _));

    [Fact]
    public void AnAnswer_NamesItsOptionByNumberOrByText_AccentsAside()
    {
        var poll = new Poll(Guid.NewGuid(), ClassName.Parse("6A"), "Tham quan?", ["Có", "Không"], "GV003", DateTimeOffset.UnixEpoch, null);

        Assert.Equal(0, poll.OptionOf("1"));
        Assert.Equal(1, poll.OptionOf("khong"));
        Assert.Null(poll.OptionOf("3"));
        Assert.Null(poll.OptionOf("Có lẽ"));
    }
}
