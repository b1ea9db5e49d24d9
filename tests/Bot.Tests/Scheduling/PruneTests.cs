using SoLienLac.Domain.Students;
using SoLienLac.Domain.Records;
using SoLienLac.Bot.School;
using SoLienLac.Bot.Tests.Support;
using Quartz;
using SoLienLac.Bot.Conversations.Leave;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Scheduling;

/// <summary>
/// What is kept only for a while is not kept for ever: every night the bot forgets failed verification
/// attempts the lock no longer needs, flows abandoned for a day and gradebooks never confirmed — and
/// keeps what is fresh, and the child a parent has chosen.
/// </summary>
public sealed class PruneTests : TelegramTestBase
{
    private static readonly ChatAddress Old = new("telegram", "9901");
    private static readonly ChatAddress Fresh = new("telegram", "9902");

    /// <summary>Runs the nightly job and waits until <paramref name="done"/> says it has run.</summary>
    private async Task RunTheNightlyPrune(Func<bool> done)
    {
        var scheduler = await Bot.Service<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(PruneJob.Key);
        for (var i = 0; i < 100 && !done(); i++) await Task.Delay(50);
    }

    [Fact]
    public async Task FailedVerificationAttempts_AreForgottenOnceTheLockNoLongerNeedsThem_AndRecentOnesStillLock()
    {
        var attempts = Bot.Service<IVerificationAttempts>();
        var now = Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            attempts.RecordFailure(Old, now.AddDays(-3).AddMinutes(i));
            attempts.RecordFailure(Fresh, now.AddMinutes(-10 + i));
        }
        // A day old: no chat's lock needs it, but the lock against one student's code (a day's count) does.
        attempts.RecordFailure(Old, now.AddHours(-20), against: "HS0001");

        await RunTheNightlyPrune(() => attempts.FailuresOf(Old).Count == 1);

        Assert.Single(attempts.FailuresOf(Old));
        Assert.Single(attempts.FailuresAgainst("HS0001"));
        Assert.Equal(5, attempts.FailuresOf(Fresh).Count);
        Assert.NotNull(Bot.Service<Verification>().LockedUntil(Fresh));
    }

    [Fact]
    public async Task ArchivingAYearThatEnded_ForgetsTheFamiliesOfThoseWhoLeftByItsEnd_NotOfThoseWhoLeftSince()
    {
        var students = Bot.Service<IStudentDirectory>();
        var inLastYear = students.Find(StudentCode.Parse("HS0002"))!.Leave(StudentStatus.Transferred, new DateOnly(2026, 6, 10));
        var thisYear = students.Find(StudentCode.Parse("HS0003"))!.Leave(StudentStatus.Transferred, new DateOnly(2026, 10, 1));
        var changes = new ChangeSet();
        changes.Students.AddRange([inLastYear, thisYear]);
        Bot.Service<ISchoolRecords>().Save(changes);
        var links = Bot.Service<IChatLinks>();
        links.Save(new ParentLink(Old, inLastYear.Code, LinkProof.ActivationCode, null, Clock.GetUtcNow().AddYears(-2), null));
        links.Save(new ParentLink(Fresh, thisYear.Code, LinkProof.ActivationCode, null, Clock.GetUtcNow().AddYears(-2), null));
        var cli = new CliRun(DatabasePath);

        var refused = await cli.Run("privacy", "archive", "--year", "2026-2027");
        var archived = await cli.Run("privacy", "archive", "--year", "2025-2026");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("năm học chưa kết thúc", refused.Error);
        Assert.Equal(0, archived.ExitCode);
        Assert.StartsWith("Năm học 2025-2026 đã lưu trữ: 1 học sinh đã rời trường đến hết 31/07/2026; đã xóa 1 liên kết", archived.Out);
        Assert.Empty(links.HistoryOf(inLastYear.Code));
        Assert.Single(links.HistoryOf(thisYear.Code));
        Assert.Equal(inLastYear, students.Find(inLastYear.Code));
    }

    [Fact]
    public async Task AYearAfterAStudentLeft_TheFamilysLinksAndSettingsAreForgotten_TheStudentsRecordsStay()
    {
        var students = Bot.Service<IStudentDirectory>();
        var today = DateOnly.FromDateTime(Bot.Service<SchoolCalendar>().Now.DateTime);
        var left = students.Find(StudentCode.Parse("HS0002"))!.Leave(StudentStatus.Transferred, today.AddYears(-1).AddDays(-1));
        var lately = students.Find(StudentCode.Parse("HS0003"))!.Leave(StudentStatus.Transferred, today.AddMonths(-2));
        var changes = new ChangeSet();
        changes.Students.AddRange([left, lately]);
        Bot.Service<ISchoolRecords>().Save(changes);
        var links = Bot.Service<IChatLinks>();
        links.Save(new ParentLink(Old, left.Code, LinkProof.ActivationCode, null, Clock.GetUtcNow().AddYears(-2), null));
        links.Save(new ParentLink(Fresh, lately.Code, LinkProof.ActivationCode, null, Clock.GetUtcNow().AddYears(-2), null));

        await RunTheNightlyPrune(() => links.HistoryOf(left.Code).Count == 0);

        Assert.Empty(links.HistoryOf(left.Code));
        Assert.Single(links.HistoryOf(lately.Code));
        Assert.Equal(left, students.Find(left.Code));
    }

    [Fact]
    public async Task AFlowAbandonedForADay_IsForgotten_ButTheChildTheParentChoseIsKept()
    {
        var states = Bot.Service<IChatStates>();
        var nothingElse = new ChatAddress("telegram", "9903");
        await states.SaveAsync(new ChatState(Old, new AwaitingLeave(Domain.Students.StudentCode.Parse("HS0001")), "HS0002"), CancellationToken.None);
        await states.SaveAsync(new ChatState(nothingElse, new AwaitingLeave(Domain.Students.StudentCode.Parse("HS0001")), null), CancellationToken.None);
        Clock.Advance(TimeSpan.FromHours(25));
        await states.SaveAsync(new ChatState(Fresh, new AwaitingLeave(Domain.Students.StudentCode.Parse("HS0003")), "HS0003"), CancellationToken.None);

        await RunTheNightlyPrune(() => states.LoadAsync(Old, CancellationToken.None).Result.Flow is null);

        Assert.Equal(new ChatState(Old, null, "HS0002"), (await states.LoadAsync(Old, CancellationToken.None)));
        Assert.Equal(ChatState.New(nothingElse), (await states.LoadAsync(nothingElse, CancellationToken.None)));
        Assert.Equal(new ChatState(Fresh, new AwaitingLeave(Domain.Students.StudentCode.Parse("HS0003")), "HS0003"), (await states.LoadAsync(Fresh, CancellationToken.None)));
    }

    [Fact]
    public async Task AGradebookNeverConfirmedForADay_IsForgotten_AndOneJustSentIsKept()
    {
        var pending = Bot.Service<Domain.Chats.IPendingFiles>();
        await pending.KeepAsync(Old, new Domain.Chats.PendingFile("diem-6A.xlsx", [1, 2, 3]), Clock.GetUtcNow(), CancellationToken.None);
        Clock.Advance(TimeSpan.FromHours(25));
        await pending.KeepAsync(Fresh, new Domain.Chats.PendingFile("diem-6B.xlsx", [4, 5, 6]), Clock.GetUtcNow(), CancellationToken.None);

        await RunTheNightlyPrune(() => pending.TakeAsync(Old, CancellationToken.None).Result is null);

        Assert.Null(await pending.TakeAsync(Old, CancellationToken.None));
        Assert.Equal("diem-6B.xlsx", (await pending.TakeAsync(Fresh, CancellationToken.None))?.FileName);
    }
}
