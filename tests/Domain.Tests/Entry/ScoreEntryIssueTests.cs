using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Tests.Fakes;
using SoLienLac.Domain.Tests.Teachers;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>Every line a teacher gets wrong is refused with its number and reason, and changes nothing.</summary>
public class ScoreEntryIssueTests
{
    private readonly ScoreDesk _desk = new(("HS0001", 7m));

    [Theory]
    [InlineData("HS0001 11", EntryProblem.ScoreOutOfRange, "Toán")]
    [InlineData("HS0001 10.1", EntryProblem.ScoreOutOfRange, "Toán")]
    [InlineData("HS0001 -1", EntryProblem.ScoreOutOfRange, "Toán")]
    [InlineData("HS0001 8.55", EntryProblem.ScoreTooManyDecimals, "Toán")]
    [InlineData("HS0001 8,55", EntryProblem.ScoreTooManyDecimals, "Toán")]
    [InlineData("HS0001 abc", EntryProblem.ScoreNotANumber, "Toán")]
    [InlineData("HS0001 8 5", EntryProblem.ScoreNotANumber, "Toán")]
    [InlineData("HS0001 Đ", EntryProblem.CommentInScoredSubject, "Toán")]
    [InlineData("HS0001 CĐ", EntryProblem.CommentInScoredSubject, "Toán")]
    [InlineData("HS0009 8", EntryProblem.UnknownStudent, null)]
    [InlineData("5 8", EntryProblem.UnknownStudent, null)]
    [InlineData("HS0101 8", EntryProblem.OtherClass, "7A")]
    [InlineData("HS0004 8", EntryProblem.LeftSchool, "Phạm Thị Dung")]
    [InlineData("4 8", EntryProblem.LeftSchool, "Phạm Thị Dung")]
    [InlineData("HS0001", EntryProblem.Unreadable, null)]
    [InlineData("HS0001:", EntryProblem.Unreadable, null)]
    public void BadLine_IsRefusedWithItsReason_AndChangesNothing(string line, EntryProblem problem, string? detail)
    {
        var batch = _desk.Preview("HS0002 9", line);

        Assert.Equal(new EntryIssue(2, line, problem, detail), Assert.Single(batch.Issues));
        Assert.Equal("HS0002", Assert.Single(batch.Changes).Student.Code.Value);

        _desk.Entry.Apply(batch, new Actor("GV01", "telegram", null), DateTimeOffset.UnixEpoch);

        Assert.Equal(["HS0002"], _desk.Records.SavedAssessments.Select(a => a.Student.Value));
        Assert.Equal(["HS0002"], _desk.Records.Audit.Select(e => e.Student));
        Assert.Equal("7", _desk.MarkOf("HS0001"));
    }

    [Fact]
    public void ScoreInACommentSubject_IsRefused()
    {
        var batch = _desk.Entry.Preview(Staff.Admin, Staff.Own, SubjectCatalog.AmNhac, Term.I, ScoreDesk.Tx1, ["HS0001 8"]);

        Assert.Equal(new EntryIssue(1, "HS0001 8", EntryProblem.ScoreInCommentSubject, "Âm nhạc"), Assert.Single(batch.Issues));
        Assert.Empty(batch.Changes);
    }

    [Fact]
    public void DuplicateLine_IsRefused_NamingTheFirstLine_WhichIsKept()
    {
        var batch = _desk.Preview("HS0001 8", "HS0002 9", "1 9,5", "hs0002 4");

        Assert.Equal([new EntryIssue(3, "1 9,5", EntryProblem.Duplicate, "1"), new EntryIssue(4, "hs0002 4", EntryProblem.Duplicate, "2")],
            batch.Issues);
        Assert.Equal(["HS0001 8", "HS0002 9"], batch.Changes.Select(c => $"{c.Student.Code} {c.After}"));
    }

    [Fact]
    public void Issues_CarryTheLineNumbersOfTheMessage_BlankLinesIncluded()
    {
        var batch = _desk.Preview("HS0009 8", "", "HS0002 9", "   ", "HS0003 11");

        Assert.Equal([1, 5], batch.Issues.Select(i => i.Line));
    }

    [Fact]
    public void ABadLineThenItsCorrection_TheCorrectionIsTaken()
    {
        var batch = _desk.Preview("HS0001 abc", "HS0001 8,5");

        Assert.Equal([new EntryIssue(1, "HS0001 abc", EntryProblem.ScoreNotANumber, "Toán")], batch.Issues);
        Assert.Equal(8.5m, Assert.Single(batch.Changes).After.Score!.Value.Value);
    }
}
