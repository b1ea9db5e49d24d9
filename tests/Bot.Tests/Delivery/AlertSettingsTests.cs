using SoLienLac.Bot.Tests.Support;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bot.Tests.Delivery;

/// <summary>/caidat, and the alerts that follow it: new scores after the grace period, the weekly summary.</summary>
public sealed class AlertSettingsTests : TelegramTestBase
{
    private const long Parent = 9601;
    private const long Teacher = 9602;

    /// <summary>Until nothing waits in the outbox (an alert wrongly queued would be sent by then), and the bot is quiet.</summary>
    private async Task OutboxDrained()
    {
        var outbox = Bot.Service<IOutbox>();
        for (var i = 0; i < 100 && outbox.Counts()[OutboxStatus.Pending] > 0; i++) await Task.Delay(50);
        await Api.WaitUntilIdle();
    }

    private async Task PostScore(string value)
    {
        var preview = await Say(Teacher, $"/nhapdiem 6A Toán tx1 HS0001 {value}");
        await Press(Teacher, preview, "Xác nhận");
    }

    private async Task Linked()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await Say(Teacher, "/start");
        await ShareOwnPhone(Teacher, DemoSchool.HomeroomTeacherPhone);
    }

    [Fact]
    public async Task NewScore_ReachesTheParentAfterTheGracePeriod_WithTheCorrectedValue()
    {
        await Linked();

        await PostScore("3");
        await PostScore("9"); // the typo fixed within the grace period
        await Task.Delay(500);
        await Api.WaitUntilIdle();
        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text!.StartsWith("📘 Điểm mới", StringComparison.Ordinal));

        Clock.Advance(TimeSpan.FromMinutes(31));
        var alert = await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("📘 Điểm mới", StringComparison.Ordinal));
        await Api.WaitUntilIdle();

        Assert.Contains("Toán (Học kì I, cột tx1): 9.", alert.Text);
        Assert.Single(Api.SentTo(Parent), m => m.Text!.StartsWith("📘 Điểm mới", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AScoreChangedBackLater_IsToldAgain()
    {
        await Linked();

        foreach (var value in new[] { "8", "9", "8" })
        {
            Clock.Advance(TimeSpan.FromMinutes(5));
            await PostScore(value);
            Clock.Advance(TimeSpan.FromMinutes(31));
            var alert = await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("📘 Điểm mới", StringComparison.Ordinal));
            Assert.Contains($"Toán (Học kì I, cột tx1): {value}.", alert.Text);
        }
    }

    [Fact]
    public async Task ATypoFixedBackWithinTheGracePeriod_TellsTheFamilyNothingNew()
    {
        await Linked();
        await PostScore("8");
        Clock.Advance(TimeSpan.FromMinutes(31));
        await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("📘 Điểm mới", StringComparison.Ordinal));

        await PostScore("9"); // a typo…
        Clock.Advance(TimeSpan.FromMinutes(5));
        await PostScore("8"); // …fixed before the family was told
        Clock.Advance(TimeSpan.FromMinutes(31));
        await OutboxDrained();

        Assert.Single(Api.SentTo(Parent), m => m.Text!.StartsWith("📘 Điểm mới", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WeeklyOnly_NoInstantScoreAlert()
    {
        await Linked();
        var settings = await Say(Parent, "/caidat diem tuan");
        Assert.Contains("• Điểm mới: chỉ trong tóm tắt tuần", settings.Text);

        await PostScore("9");
        Clock.Advance(TimeSpan.FromMinutes(31));
        await OutboxDrained();

        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text!.StartsWith("📘 Điểm mới", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WeeklySummaryOff_NoSummary_ButAbsenceAlertsStillCome()
    {
        await Linked();
        var settings = await Say(Parent, "/caidat");
        Assert.Contains("Báo vắng học và thông báo khẩn của nhà trường luôn được gửi.", settings.Text);
        Assert.Contains("• Tóm tắt tuần: tắt", (await Press(Parent, settings, "Tắt tóm tắt tuần")).Text);

        Assert.Equal(0, await Bot.Service<WeeklySummaries>().ComposeAsync(SchoolWeek.Of(new DateOnly(2026, 11, 23)), CancellationToken.None));
        var preview = await Say(Teacher, "/diemdanh 6A chieu HS0001 K");
        await Press(Teacher, preview, "Xác nhận");
        Assert.StartsWith("⚠️ Thông báo vắng học", (await Api.WaitForMessage(Parent)).Text);
    }

    [Fact]
    public async Task QuietHours_AreTheParentsToChoose()
    {
        await Linked();

        var reply = await Say(Parent, "/caidat im 20:00-07:00");

        Assert.Contains("• Giờ yên lặng (không gửi tin định kỳ): 20:00–07:00", reply.Text);
        Assert.Contains("Chưa hiểu cài đặt này", (await Say(Parent, "/caidat im 25:00-07:00")).Text);
    }
}
