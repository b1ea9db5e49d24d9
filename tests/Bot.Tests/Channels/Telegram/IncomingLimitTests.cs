using SoLienLac.Bot.Demo;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// Nobody can slow the bot down for everyone else: a chat writing too fast is told once and then left
/// unanswered for a minute, a reply the platform holds back waits in the outbox instead of in the
/// update loop, and a family has at most three leave requests waiting for the teacher.
/// </summary>
public sealed class IncomingLimitTests : TelegramTestBase
{
    private const long Flooder = 9301;
    private const long Other = 9302;
    private const long Parent = 9303;
    private const long Homeroom = 9304;

    [Fact]
    public async Task AChatWritingTooFast_IsToldOnce_ThenLeftUnanswered_UntilTheMinutePasses()
    {
        for (var i = 0; i < 30; i++) Api.SendText(Flooder, Flooder, "/trogiup");

        var answered = await Api.WaitForMessages(Flooder, 21);
        await Api.WaitUntilIdle();

        Assert.All(answered.Take(20), m => Assert.StartsWith("Sổ liên lạc điện tử — các lệnh", m.Text));
        Assert.StartsWith("Bạn đang gửi quá nhiều tin nhắn (hơn 20 tin trong một phút)", answered[20].Text);
        Assert.Equal(21, Api.SentTo(Flooder).Count);
        Assert.Contains("hãy nhập mã học sinh", (await Say(Other, "/start")).Text);

        Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.StartsWith("Sổ liên lạc điện tử — các lệnh", (await Say(Flooder, "/trogiup")).Text);
    }

    [Fact]
    public async Task AReplyThePlatformHoldsBack_WaitsInTheOutbox_WhileOthersAreAnswered()
    {
        Api.RespondTooManyRequests("sendMessage", 1, retryAfterSeconds: 20);
        Api.SendText(Flooder, Flooder, "/start");

        Api.SendText(Other, Other, "/start");
        // What is asserted is the order, not a speed: a loop asleep for the 20 s answers the first chat first.
        var other = await Api.WaitForMessage(Other, timeout: TimeSpan.FromSeconds(40));
        Assert.Contains("hãy nhập mã học sinh", other.Text);
        Assert.Empty(Api.SentTo(Flooder));
        Assert.Equal(1, Api.CountAnswers("sendMessage", 429));

        Clock.Advance(TimeSpan.FromSeconds(21));

        Assert.Contains("hãy nhập mã học sinh", (await Api.WaitForMessage(Flooder)).Text);
    }

    [Fact]
    public async Task AFamily_HasAtMostThreeLeaveRequestsWaiting()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await Say(Homeroom, "/start");
        await ShareOwnPhone(Homeroom, DemoSchool.HomeroomTeacherPhone);

        foreach (var day in new[] { "24/11/2026", "25/11/2026", "26/11/2026" })
            Assert.StartsWith("📨 Đã gửi đơn xin nghỉ", (await Say(Parent, $"/xinnghi {day} sang Con bị sốt")).Text);
        var fourth = await Say(Parent, "/xinnghi 27/11/2026 sang Con bị sốt");
        var requests = await Api.WaitForMessages(Homeroom, 3);
        await Api.WaitUntilIdle();

        Assert.StartsWith($"Em {DemoSchool.FirstStudentName} đang có 3 đơn xin nghỉ chờ giáo viên chủ nhiệm trả lời", fourth.Text);
        Assert.Equal(3, Api.SentTo(Homeroom).Count(m => m.Text!.StartsWith("📩 Đơn xin nghỉ", StringComparison.Ordinal)));
        Assert.DoesNotContain(Api.SentTo(Homeroom), m => m.Text!.Contains("27/11/2026", StringComparison.Ordinal));

        // Once the teacher answers one, there is room for the next.
        await Press(Homeroom, requests[0], "Duyệt");
        await Api.WaitForMessage(Parent);
        Assert.StartsWith("📨 Đã gửi đơn xin nghỉ", (await Say(Parent, "/xinnghi 27/11/2026 sang Con bị sốt")).Text);
    }
}
