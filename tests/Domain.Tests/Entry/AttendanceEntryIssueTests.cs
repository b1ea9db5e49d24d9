using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;
using SoLienLac.Domain.Tests.Fakes;
using SoLienLac.Domain.Tests.Teachers;

namespace SoLienLac.Domain.Tests.Entry;

/// <summary>Lines of a roll call that are refused, and teachers who may not take it.</summary>
public class AttendanceEntryIssueTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 45, 0, TimeSpan.FromHours(7));

    private readonly RollCallDesk _desk = new();

    [Theory]
    [InlineData("HS0001 X", EntryProblem.InvalidExcused, null)]
    [InlineData("HS0001 PK", EntryProblem.InvalidExcused, null)]
    [InlineData("HS0001 có phép", EntryProblem.InvalidExcused, null)]
    [InlineData("HS0001", EntryProblem.Unreadable, null)]
    [InlineData("HS0009 K", EntryProblem.UnknownStudent, null)]
    [InlineData("HS0101 K", EntryProblem.OtherClass, "7A")]
    [InlineData("HS0004 K", EntryProblem.LeftSchool, "Phạm Thị Dung")]
    [InlineData("4 P", EntryProblem.LeftSchool, "Phạm Thị Dung")]
    public void BadLine_IsRefusedWithItsReason_AndChangesNothing(string line, EntryProblem problem, string? detail)
    {
        var batch = _desk.Preview(Staff.Homeroom, "HS0002 K", line);

        Assert.Equal(new EntryIssue(2, line, problem, detail), Assert.Single(batch.Issues));
        Assert.Equal(["HS0002"], _desk.Entry.Apply(batch, new Actor("GV01", "telegram", null), Now).Select(c => c.Student.Code.Value));
        Assert.Equal(["HS0002"], _desk.Records.SavedAbsences.Select(a => a.Student.Value));
        Assert.Equal("P", Assert.Single(_desk.Attendance.AbsencesOf(StudentCode.Parse("HS0001"))).Mark);
    }

    [Fact]
    public void DuplicateLine_IsRefused_NamingTheFirstLine_WhichIsKept()
    {
        var batch = _desk.Preview(Staff.Homeroom, "HS0002 K", "HS0003 K", "2 P");

        Assert.Equal(new EntryIssue(3, "2 P", EntryProblem.Duplicate, "1"), Assert.Single(batch.Issues));
        Assert.Equal(["HS0002 K", "HS0003 K"], batch.Changes.Select(c => $"{c.Student.Code} {c.After!.Mark}"));
    }

    [Fact]
    public void SubjectOnlyTeacher_CannotTakeTheRollCall_AndTheBatchCannotBeSaved()
    {
        var batch = _desk.Preview(Staff.English, "HS0002 K");

        Assert.Equal(Refusal.NotAssigned, batch.Refused);
        Assert.Empty(batch.Changes);
        Assert.Throws<InvalidOperationException>(() => _desk.Entry.Apply(batch, new Actor("GV02", "telegram", null), Now));
        Assert.Empty(_desk.Records.SavedAbsences);
        Assert.Empty(_desk.Records.Audit);
    }

    [Fact]
    public void HomeroomTeacher_CannotTakeTheRollCallOfAnotherClass() =>
        Assert.Equal(Refusal.NotAssigned,
            _desk.Entry.Preview(Staff.Homeroom, Staff.Other, RollCallDesk.Monday, DaySession.Morning, ["HS0101 K"]).Refused);

    [Theory]
    [InlineData("homeroom", "sửa nhầm", Refusal.TermClosed)]
    [InlineData("admin", null, Refusal.ReasonRequired)]
    [InlineData("admin", "sửa nhầm", null)]
    public void ClosedTerm_OnlyAnAdminWithAReason_MayChangeAttendance(string role, string? reason, Refusal? expected) =>
        Assert.Equal(expected, _desk.Entry.Preview(Staff.Named(role), Staff.Own, RollCallDesk.Monday, DaySession.Morning, ["HS0002 K"],
            termClosed: true, reason: reason).Refused);
}
