using Quartz;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Scheduling;

/// <summary>The weekly summary: made by the Quartz job into the outbox, sent by the sender, once, never at night.</summary>
public class WeeklySummaryTests : TelegramTestBase
{
    private const long Parent = 9501;

    private async Task TriggerWeeklyJob()
    {
        var scheduler = await Bot.Service<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(WeeklySummaryJob.Key);
        var runs = Bot.Service<Domain.Operations.IJobRuns>();
        for (var i = 0; i < 100 && !await runs.WasDoneAsync(WeeklySummaries.RunOf(SchoolWeek.Of(new DateOnly(2026, 11, 23))), CancellationToken.None); i++)
            await Task.Delay(50);
        Assert.True(await runs.WasDoneAsync("weekly:2026-W48", CancellationToken.None), "the weekly job did not run");
    }

    [Fact]
    public async Task ForcedWeeklyJob_SendsOneSummaryPerLinkedParent_WithRealContent()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);

        await TriggerWeeklyJob();
        var summary = await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("📬", StringComparison.Ordinal));

        Assert.StartsWith("📬 Tóm tắt tuần của sổ liên lạc\n🗓 Tuần 23/11/2026 – 29/11/2026", summary.Text);
        Assert.Contains("• Thứ Hai 23/11/2026, buổi sáng", summary.Text);

        await TriggerWeeklyJob();
        await Api.WaitUntilIdle();
        Assert.Single(Api.SentTo(Parent), m => m.Text!.StartsWith("📬", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClassmatesLinked_EachFamilyGetsItsOwnChildsWeek_AndNoOneElses()
    {
        // The summaries read a class at a time: each family's must still be about its own child only.
        var students = Bot.Service<IStudentDirectory>();
        var attendance = Bot.Service<Domain.Attendance.IAttendanceBook>();
        var week = SchoolWeek.Of(new DateOnly(2026, 11, 23));
        // Three classmates, each with a guardian's phone, absent this week (so each has a summary).
        var classmates = students.InClass(Domain.Students.ClassName.Parse("6B"))
            .Where(s => s.IsStudying && students.GuardiansOf(s.Code).Any(g => g.Phone is not null)).Take(3).ToList();
        var absent = new Domain.Records.ChangeSet();
        absent.Absences.AddRange(classmates.Select(c => new Domain.Attendance.Absence(c.Code, week.Monday, Domain.Calendar.DaySession.Morning, Excused: true)));
        Bot.Service<Domain.Records.ISchoolRecords>().Save(absent);
        for (var i = 0; i < classmates.Count; i++)
            await VerifyByPhone(Parent + i, classmates[i].Code.Value, students.GuardiansOf(classmates[i].Code).First(g => g.Phone is not null).Phone!.Value.National);

        await TriggerWeeklyJob();

        for (var i = 0; i < classmates.Count; i++)
        {
            var summary = (await Api.WaitForMessage(Parent + i, m => m.Text!.StartsWith("📬", StringComparison.Ordinal))).Text!;
            Assert.Contains(classmates[i].FullName, summary);
            Assert.All(classmates.Where((_, j) => j != i), other => Assert.DoesNotContain(other.FullName, summary));
            Assert.Contains($"Cả năm đến nay: {attendance.AbsencesOf(classmates[i].Code).Count}/45 buổi.", summary);
        }
    }

    [Fact]
    public async Task NothingToSay_NothingIsSent()
    {
        var (code, phone) = QuietStudent();
        await VerifyByPhone(Parent, code, phone);

        await TriggerWeeklyJob();
        await Api.WaitUntilIdle();

        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text!.StartsWith("📬", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AtNight_TheSummaryWaitsForTheMorning()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        Clock.Advance(TimeSpan.FromHours(13.5)); // 22:30

        Assert.Equal(1, await Bot.Service<WeeklySummaries>().ComposeAsync(SchoolWeek.Of(new DateOnly(2026, 11, 23)), CancellationToken.None));
        await Task.Delay(500);
        await Api.WaitUntilIdle();
        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text!.StartsWith("📬", StringComparison.Ordinal));

        Clock.Advance(TimeSpan.FromHours(8)); // 06:30 the next morning
        var summary = await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("📬", StringComparison.Ordinal));
        Assert.NotNull(summary);
    }

    [Fact]
    public async Task AMissedWeek_IsCaughtUpAtStart_Once()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        Clock.Advance(TimeSpan.FromDays(6)); // Sunday 29/11, after Saturday 17:00

        var caughtUp = await Bot.Service<WeeklyCatchUp>().CatchUpAsync(CancellationToken.None);
        var again = await Bot.Service<WeeklyCatchUp>().CatchUpAsync(CancellationToken.None);

        Assert.True(caughtUp);
        Assert.False(again);
        Assert.NotNull(await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("📬", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BeforeTheWeeksTime_ThereIsNothingToCatchUp()
    {
        Assert.False(await Bot.Service<WeeklyCatchUp>().CatchUpAsync(CancellationToken.None));
        await Task.CompletedTask;
    }

    /// <summary>A studying student of 6B with no absence this week, and a guardian's phone.</summary>
    private (string Code, string Phone) QuietStudent()
    {
        var students = Bot.Service<Domain.Students.IStudentDirectory>();
        var attendance = Bot.Service<Domain.Attendance.IAttendanceBook>();
        var week = SchoolWeek.Of(new DateOnly(2026, 11, 23));
        var student = students.InClass(ClassName.Parse("6B")).First(s => s.IsStudying
            && !attendance.AbsencesOf(s.Code).Any(a => week.Contains(a.Date))
            && students.GuardiansOf(s.Code).Any(g => g.Phone is not null));
        return (student.Code.Value, students.GuardiansOf(student.Code).First(g => g.Phone is not null).Phone!.Value.National);
    }
}
