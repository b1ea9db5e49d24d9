using SoLienLac.Domain.Tests.Fakes;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Subjects;
using static SoLienLac.Domain.Tests.Entry.ScoreDesk;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>Saving Toán tx1 for 6A, where An already has 7 and Bình 8.</summary>
public class ScoreEntryApplyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 5, 0, TimeSpan.FromHours(7));
    private static readonly Actor ByHomeroom = new("GV01", "telegram", null);

    private readonly ScoreDesk _desk = new(("HS0001", 7m), ("HS0002", 8m));

    [Fact]
    public void Apply_SavesOnlyNewAndChangedMarks_EachWithAnAuditEntry()
    {
        var saved = _desk.Entry.Apply(_desk.Preview("HS0001 7", "HS0002 9", "HS0003 6,5"), ByHomeroom, Now);

        Assert.Equal(2, saved);
        Assert.Equal(["HS0002 9", "HS0003 6.5"], _desk.Records.SavedAssessments.Select(a => $"{a.Student} {a.Mark}"));
        Assert.All(_desk.Records.SavedAssessments, a => Assert.Equal(Now, a.RecordedAt));
        Assert.All(_desk.Records.SavedAssessments,
            a => Assert.Equal((SubjectCatalog.Toan, Term.I, Tx1), (a.Subject, a.Term, a.Column)));
        Assert.Equal(
            [new("HS0002", "Toán Học kì I tx1", "8", "9"), new("HS0003", "Toán Học kì I tx1", null, "6.5")],
            _desk.Records.Audit.Select(e => new AuditLine(e.Student, e.What, e.OldValue, e.NewValue)));
        Assert.All(_desk.Records.Audit,
            e => Assert.Equal((Now, "GV01", "telegram", (string?)null), (e.At, e.Actor, e.Channel, e.Reason)));
    }

    [Fact]
    public void Apply_ThenPreviewAgain_ShowsTheSavedMarksUnchanged()
    {
        _desk.Entry.Apply(_desk.Preview("HS0002 9", "HS0003 6,5"), ByHomeroom, Now);

        var again = _desk.Preview("HS0002 9", "HS0003 6,5");

        Assert.Equal(2, again.Unchanged);
        Assert.False(again.HasSomethingToSave);
        Assert.Equal("9", _desk.MarkOf("HS0002"));
        Assert.Equal("6.5", _desk.MarkOf("HS0003"));
    }

    [Fact]
    public void Apply_WithNothingToChange_WritesNoAuditEntry()
    {
        var saved = _desk.Entry.Apply(_desk.Preview("HS0001 7", "HS0002 8"), ByHomeroom, Now);

        Assert.Equal(0, saved);
        Assert.Empty(_desk.Records.SavedAssessments);
        Assert.Empty(_desk.Records.Audit);
    }

    private sealed record AuditLine(string? Student, string What, string? Old, string? New);
}
