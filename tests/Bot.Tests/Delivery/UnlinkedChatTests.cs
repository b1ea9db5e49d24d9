using SoLienLac.Bot.Tests.Support;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Delivery;

/// <summary>After /roi (or any ended link) nothing more about that child reaches the chat, even what was already queued.</summary>
public sealed class UnlinkedChatTests : TelegramTestBase
{
    private const long Parent = 9701;
    private const long Teacher = 9702;

    private static readonly ChatAddress ParentChat = new("telegram", Parent.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static bool IsScoreAlert(SentMessage m) => m.Text!.StartsWith("📘 Điểm mới", StringComparison.Ordinal);

    private async Task Linked()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Teacher, DemoSchool.HomeroomTeacherPhone);
    }

    [Fact]
    public async Task AScoreAlertQueuedBeforeRoi_IsNeverDelivered()
    {
        await Linked();
        await Press(Teacher, await Say(Teacher, "/nhapdiem 6A Toán tx1 HS0001 9"), "Xác nhận");

        Assert.StartsWith("Đã hủy liên kết", (await Say(Parent, $"/roi {DemoSchool.FirstStudentCode}")).Text);
        Clock.Advance(TimeSpan.FromMinutes(31));
        await Task.Delay(500);
        await Api.WaitUntilIdle();

        Assert.DoesNotContain(Api.SentTo(Parent), IsScoreAlert);
        var outbox = Bot.Service<IOutbox>();
        Assert.Equal(0, outbox.Counts()[OutboxStatus.Pending]);
        Assert.True(outbox.Counts()[OutboxStatus.Withdrawn] >= 1);
    }

    [Fact]
    public async Task AMessageForAChildWhoseLinkEnded_IsWithdrawnWhenDue_WhileOneForTheChatItselfGoesOut()
    {
        await Linked();
        var links = Bot.Service<IChatLinks>();
        var link = Assert.Single(links.ChildrenOf(ParentChat));
        links.Save(link.End(Clock.GetUtcNow())); // ended without the outbox being told

        var notifier = Bot.Service<INotifier>();
        await notifier.NotifyAsync("test:about-child", ParentChat, new Reply("Tin về con"), CodeHolder.Student(StudentCode.Parse(DemoSchool.FirstStudentCode)), CancellationToken.None);
        await notifier.NotifyAsync("test:to-chat", ParentChat, new Reply("Tin cho cuộc trò chuyện"), null, CancellationToken.None);

        await Api.WaitForMessage(Parent, m => m.Text == "Tin cho cuộc trò chuyện");
        var outbox = Bot.Service<IOutbox>();
        for (var i = 0; i < 50 && outbox.Find("test:about-child")!.Status == OutboxStatus.Pending; i++) await Task.Delay(50);
        Assert.Equal(OutboxStatus.Withdrawn, outbox.Find("test:about-child")!.Status);
        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text == "Tin về con");
    }
}
