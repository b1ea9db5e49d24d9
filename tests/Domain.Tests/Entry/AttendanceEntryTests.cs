using static SoLienLac.Domain.Tests.Entry.RollCallDesk;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>The preview of a roll call: Monday morning in 6A, An already down as P, Bình as K that afternoon.</summary>
public class AttendanceEntryTests
{
    private readonly RollCallDesk _desk = new();

    [Theory]
    [InlineData("HS0002 K", "HS0002: mới → K")]
    [InlineData("hs0002 k", "HS0002: mới → K")]
    [InlineData("HS0002: P", "HS0002: mới → P")]
    [InlineData("2 p", "HS0002: mới → P")]
    [InlineData("3 K", "HS0003: mới → K")]
    public void Preview_ReadsPOrK_ForAStudentByCodeOrByNumber(string line, string expected)
    {
        var batch = _desk.Preview(line);

        Assert.Null(batch.Refused);
        Assert.Empty(batch.Issues);
        Assert.Equal(expected, Describe(Assert.Single(batch.Changes)));
    }

    [Fact]
    public void Preview_ChangedMark_ShowsWhatWasThereBefore()
    {
        var change = Assert.Single(_desk.Preview("HS0001 K").Changes);

        Assert.Equal("HS0001: P → K", Describe(change));
        Assert.True(change.Changes);
    }

    [Fact]
    public void Preview_SameMarkAgain_IsNothingToSave()
    {
        var batch = _desk.Preview("HS0001 P");

        Assert.False(Assert.Single(batch.Changes).Changes);
        Assert.False(batch.HasSomethingToSave);
    }

    [Fact]
    public void Preview_AnAbsenceInTheOtherSession_IsNotWhatWasThereBefore() =>
        Assert.Null(Assert.Single(_desk.Preview("HS0002 K").Changes).Before);

    [Fact]
    public void Preview_SavesNothing()
    {
        _desk.Preview("HS0001 K", "HS0003 K");

        Assert.Empty(_desk.Records.SavedAbsences);
        Assert.Empty(_desk.Records.Audit);
    }
}
