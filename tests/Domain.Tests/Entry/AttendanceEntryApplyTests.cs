using SoLienLac.Domain.Tests.Fakes;
using SoLienLac.Domain.Audit;
using static SoLienLac.Domain.Tests.Entry.RollCallDesk;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>Saving a roll call: Monday morning in 6A, An already down as P, Bình as K that afternoon.</summary>
public class AttendanceEntryApplyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 45, 0, TimeSpan.FromHours(7));
    private static readonly Actor ByHomeroom = new("GV01", "telegram", null);

    private readonly RollCallDesk _desk = new();

    [Fact]
    public void Apply_ReturnsTheAbsencesSaved_EachWithAnAuditEntry()
    {
        var saved = _desk.Entry.Apply(_desk.Preview("HS0001 K", "HS0002 P", "HS0003 K"), ByHomeroom, Now);

        Assert.Equal(["HS0001: P → K", "HS0002: mới → P", "HS0003: mới → K"], saved.Select(Describe));
        Assert.Equal(saved.Select(c => c.After), _desk.Records.SavedAbsences);
        Assert.Equal(
            [new("HS0001", "P", "K"), new("HS0002", null, "P"), new("HS0003", null, "K")],
            _desk.Records.Audit.Select(e => new AuditLine(e.Student, e.OldValue, e.NewValue)));
        Assert.All(_desk.Records.Audit,
            e => Assert.Equal(("Vắng 23/11/2026 buổi sáng", Now, "GV01", "telegram"), (e.What, e.At, e.Actor, e.Channel)));
    }

    [Fact]
    public void Apply_SavesOnlyWhatChanged()
    {
        var saved = _desk.Entry.Apply(_desk.Preview("HS0001 P", "HS0003 K"), ByHomeroom, Now);

        Assert.Equal(["HS0003: mới → K"], saved.Select(Describe));
        Assert.Equal(["HS0003"], _desk.Records.Audit.Select(e => e.Student));
    }

    [Fact]
    public void Apply_ThenPreviewAgain_ShowsTheSavedAbsencesUnchanged()
    {
        _desk.Entry.Apply(_desk.Preview("HS0001 K", "HS0003 K"), ByHomeroom, Now);

        var again = _desk.Preview("HS0001 K", "HS0003 K");

        Assert.False(again.HasSomethingToSave);
        Assert.Equal(["HS0001: K → K", "HS0003: K → K"], again.Changes.Select(Describe));
    }

    [Fact]
    public void Apply_WithNothingToChange_WritesNoAuditEntry()
    {
        var saved = _desk.Entry.Apply(_desk.Preview("HS0001 P"), ByHomeroom, Now);

        Assert.Empty(saved);
        Assert.Empty(_desk.Records.SavedAbsences);
        Assert.Empty(_desk.Records.Audit);
    }

    [Theory]
    [InlineData("HS0001 CM")]
    [InlineData("HS0001 có mặt")]
    [InlineData("1 co mat")]
    public void Present_RemovesTheAbsenceRecordedByMistake_Audited(string line)
    {
        var saved = _desk.Entry.Apply(_desk.Preview(line), ByHomeroom, Now);

        Assert.Equal(["HS0001: P → có mặt"], saved.Select(Describe));
        Assert.True(Assert.Single(saved).Clears);
        Assert.DoesNotContain(_desk.Attendance.AbsencesOf(Domain.Students.StudentCode.Parse("HS0001")), a => a.Date == Monday && a.Session == Domain.Calendar.DaySession.Morning);
        Assert.Equal([new AuditLine("HS0001", "P", "có mặt")], _desk.Records.Audit.Select(e => new AuditLine(e.Student, e.OldValue, e.NewValue)));
    }

    [Fact]
    public void Present_WithNothingRecorded_HasNothingToSave()
    {
        var batch = _desk.Preview("HS0003 CM");

        Assert.False(batch.HasSomethingToSave);
        Assert.Equal(["HS0003: mới → có mặt"], batch.Changes.Select(Describe));
        Assert.Empty(_desk.Entry.Apply(batch, ByHomeroom, Now));
        Assert.Empty(_desk.Records.Audit);
    }

    private sealed record AuditLine(string? Student, string? Old, string? New);
}
