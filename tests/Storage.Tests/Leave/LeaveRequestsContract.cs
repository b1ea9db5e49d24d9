using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Leave;

/// <summary>Parents' leave requests (đơn xin nghỉ): what the teacher has to answer, and each child's requests.</summary>
public abstract class LeaveRequestsContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly StudentCode Lan = StudentCode.Parse("HS0012");
    private static readonly StudentCode Minh = StudentCode.Parse("HS0013");
    private static readonly StudentCode Hoa = StudentCode.Parse("HS0014");

    private static readonly LeaveSession TuesdayMorning = new(new DateOnly(2026, 12, 8), DaySession.Morning);
    private static readonly LeaveSession TuesdayAfternoon = new(new DateOnly(2026, 12, 8), DaySession.Afternoon);

    private static LeaveRequest Ask(StudentCode student, DateTimeOffset at, string reason = "Cháu bị sốt") =>
        LeaveRequest.Ask(student, "telegram:101", [TuesdayMorning], reason, at);

    private static void AssertSame(LeaveRequest expected, LeaveRequest? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Sessions = [] }, actual with { Sessions = [] });
        Assert.Equal(expected.Sessions, actual.Sessions);
    }

    [Fact]
    public async Task Request_IsSavedAndFound_WithItsSessionsAndReason()
    {
        var requests = Port<ILeaveRequests>();
        var asked = LeaveRequest.Ask(Lan, "zalo:u-202", [TuesdayMorning, TuesdayAfternoon], "Gia đình có việc riêng", T0);

        await requests.SaveAsync(asked, default);

        var found = await requests.FindAsync(asked.Id, default);
        AssertSame(asked, found);
        Assert.Equal(LeaveStatus.Pending, found!.Status);
        Assert.Null(await requests.FindAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task Decision_IsSavedOverTheRequest_AndLeavesThePending()
    {
        var requests = Port<ILeaveRequests>();
        var asked = Ask(Lan, T0);
        await requests.SaveAsync(asked, default);

        var approved = asked.Decide(approve: true, "GV003", T0.AddHours(2));
        await requests.SaveAsync(approved, default);

        var found = await requests.FindAsync(asked.Id, default);
        AssertSame(approved, found);
        Assert.Equal(LeaveStatus.Approved, found!.Status);
        Assert.Equal("GV003", found.DecidedBy);
        Assert.Equal(T0.AddHours(2), found.DecidedAt);
        Assert.Empty(await requests.PendingAsync(default));
    }

    [Fact]
    public async Task Pending_AreEveryStudentsUndecided_OldestFirst()
    {
        var requests = Port<ILeaveRequests>();
        var second = Ask(Minh, T0.AddHours(1));
        var first = Ask(Lan, T0);
        var declined = Ask(Hoa, T0.AddMinutes(30)).Decide(approve: false, "GV003", T0.AddHours(3));
        var third = Ask(Lan, T0.AddDays(1));
        foreach (var r in new[] { second, declined, third, first }) await requests.SaveAsync(r, default);

        Assert.Equal([first.Id, second.Id, third.Id], (await requests.PendingAsync(default)).Select(r => r.Id));
    }

    [Fact]
    public async Task OfStudents_GroupsEachStudentsRequests_OldestFirst_InOneRead()
    {
        var requests = Port<ILeaveRequests>();
        var lanLater = Ask(Lan, T0.AddDays(2)).Decide(approve: true, "GV003", T0.AddDays(2).AddHours(1));
        var lanEarlier = Ask(Lan, T0);
        var minh = Ask(Minh, T0.AddDays(1));
        var hoa = Ask(Hoa, T0.AddDays(1));
        foreach (var r in new[] { lanLater, hoa, minh, lanEarlier }) await requests.SaveAsync(r, default);

        var found = await requests.OfStudentsAsync([Lan, Minh, StudentCode.Parse("HS0099"), Lan], default);

        Assert.Equal([lanEarlier.Id, lanLater.Id], found[Lan].Select(r => r.Id));
        Assert.Equal([minh.Id], found[Minh].Select(r => r.Id));
        Assert.Empty(found[Hoa]);
        Assert.Empty(found[StudentCode.Parse("HS0099")]);
        AssertSame(lanLater, found[Lan].Last());
        Assert.Equal([lanEarlier.Id, lanLater.Id], (await requests.OfStudentAsync(Lan, default)).Select(r => r.Id));
        Assert.Empty(await requests.OfStudentAsync(StudentCode.Parse("HS0099"), default));
    }
}
