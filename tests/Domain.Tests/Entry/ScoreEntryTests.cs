using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Tests.Fakes;
using SoLienLac.Domain.Tests.Teachers;
using static SoLienLac.Domain.Tests.Entry.ScoreDesk;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>The preview of Toán tx1 for 6A, where An already has 7 and Bình 8.</summary>
public class ScoreEntryTests
{
    private readonly ScoreDesk _desk = new(("HS0001", 7m), ("HS0002", 8m));

    [Fact]
    public void Preview_ShowsNewChangedAndUnchangedMarks()
    {
        var batch = _desk.Preview("HS0001 7", "HS0002 9", "HS0003 6,5");

        Assert.Null(batch.Refused);
        Assert.Empty(batch.Issues);
        Assert.Equal("HS0003: mới → 6.5", Describe(Assert.Single(batch.New)));
        Assert.Equal("HS0002: 8 → 9", Describe(Assert.Single(batch.Corrected)));
        Assert.Equal(1, batch.Unchanged);
        Assert.True(batch.HasSomethingToSave);
    }

    [Fact]
    public void Preview_SavesNothing()
    {
        _desk.Preview("HS0002 9", "HS0003 6,5");

        Assert.Empty(_desk.Records.SavedAssessments);
        Assert.Empty(_desk.Records.Audit);
        Assert.Equal("8", _desk.MarkOf("HS0002"));
    }

    [Theory]
    [InlineData("HS0002 9")]
    [InlineData("hs0002 9")]
    [InlineData("HS0002: 9")]
    [InlineData("HS0002\t9")]
    [InlineData("HS0002 = 9,0")]
    [InlineData("2 9")]
    [InlineData("  2   9.0 ")]
    public void Preview_FindsTheStudentByCodeOrByNumberInTheClassList(string line)
    {
        var batch = _desk.Preview(line);

        Assert.Empty(batch.Issues);
        Assert.Equal("HS0002: 8 → 9", Describe(Assert.Single(batch.Changes)));
    }

    [Fact]
    public void Preview_NumbersTheClassListInStudentCodeOrder() =>
        Assert.Equal(["HS0001: 7 → 5", "HS0002: 8 → 6", "HS0003: mới → 4"],
            _desk.Preview("1 5", "2 6", "3 4").Changes.Select(Describe));

    [Fact]
    public void Preview_TellsColumnsAndTermsApart()
    {
        var tx2 = _desk.Entry.Preview(Staff.Homeroom, Staff.Own, SubjectCatalog.Toan, Term.I, Column.Regular(2), ["HS0001 7"]);
        var termTwo = _desk.Entry.Preview(Staff.Homeroom, Staff.Own, SubjectCatalog.Toan, Term.II, Tx1, ["HS0001 7"]);

        Assert.True(Assert.Single(tx2.Changes).IsNew);
        Assert.True(Assert.Single(termTwo.Changes).IsNew);
    }

    [Fact]
    public void Preview_ReadsĐAndCĐInACommentSubject()
    {
        var batch = _desk.Entry.Preview(Staff.Admin, Staff.Own, SubjectCatalog.AmNhac, Term.I, Tx1,
            ["HS0001 Đ", "HS0002 cđ", "HS0003 Chưa đạt"]);

        Assert.Empty(batch.Issues);
        Assert.Equal([Mark.Dat, Mark.ChuaDat, Mark.ChuaDat], batch.Changes.Select(c => c.After));
    }
}
