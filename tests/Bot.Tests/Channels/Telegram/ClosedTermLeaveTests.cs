using SoLienLac.Bot.Tests.Support;
using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>Term I's books are closed: leave requests follow the roll call's rule — no request for it, and only an admin approves one made before.</summary>
public class ClosedTermLeaveTests : TelegramTestBase
{
    private const long Parent = 9801;
    private const long Homeroom = 9802;
    private const long Principal = 9803;

    private static readonly StudentCode Child = StudentCode.Parse(DemoSchool.FirstStudentCode);
    private static readonly LeaveSession Monday = new(new DateOnly(2026, 11, 23), DaySession.Afternoon);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["School:ClosedTerms:0"] = "1" };

    /// <summary>A request made before the term was closed, for a session the homeroom teacher had marked K.</summary>
    private LeaveRequest PendingFromBefore()
    {
        Bot.Service<ISchoolRecords>().Save(new ChangeSet { Absences = { new Absence(Child, Monday.Date, Monday.Session, Excused: false) } });
        var request = LeaveRequest.Ask(Child, $"telegram:{Parent}", [Monday], "Con đi khám răng", Clock.GetUtcNow());
        Bot.Service<ILeaveRequests>().Save(request);
        return request;
    }

    private string MarkOnMonday() => Bot.Service<IAttendanceBook>().AbsencesOf(Child).Single(a => a.Date == Monday.Date && a.Session == Monday.Session).Mark;

    [Fact]
    public async Task ARequestForAClosedTerm_IsRefusedUpFront_AndReachesNoTeacher()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var reply = await Say(Parent, "/xinnghi 24/11/2026 sang Con bị sốt");

        Assert.StartsWith("Ngày 24/11/2026 thuộc học kì nhà trường đã khóa sổ", reply.Text);
        await Api.WaitUntilIdle();
        Assert.DoesNotContain(Api.SentTo(Homeroom), m => m.Text!.Contains("Con bị sốt", StringComparison.Ordinal));
        Assert.Empty(Bot.Service<ILeaveRequests>().OfStudents([Child]));
    }

    [Fact]
    public async Task ApprovingARequestForAClosedTerm_IsRefusedToTheHomeroomTeacher_AndLeavesTheKAsItWas()
    {
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        var request = PendingFromBefore();

        var refused = await Say(Homeroom, $"/duyet {request.Id}");

        Assert.Equal("Học kì này đã khóa sổ: chỉ ban giám hiệu/giáo vụ được sửa, kèm lý do.", refused.Text);
        Assert.Equal("K", MarkOnMonday());
        Assert.Equal(LeaveStatus.Pending, Bot.Service<ILeaveRequests>().Find(request.Id)!.Status);
    }

    [Fact]
    public async Task AnAdmin_MayStillApproveIt_TheRequestStandingAsTheReason()
    {
        await VerifyTeacher(Principal, DemoSchool.PrincipalPhone);
        var request = PendingFromBefore();

        Assert.StartsWith("✅ Đã duyệt đơn xin nghỉ", (await Say(Principal, $"/duyet {request.Id}")).Text);
        Assert.Equal("P", MarkOnMonday());
    }
}
