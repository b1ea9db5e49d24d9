using SoLienLac.Bot.Tests.Support;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Delivery;

/// <summary>The outbox against the fake Bot API: rate limits, blocked chats, and nothing sent twice.</summary>
public class OutboxDeliveryTests : TelegramTestBase
{
    private static ChatAddress Chat(long id) => new("telegram", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task Queue(IEnumerable<long> chats, string prefix)
    {
        var notifier = Bot.Service<INotifier>();
        foreach (var chat in chats)
            await notifier.NotifyAsync($"{prefix}:{chat}", Chat(chat), new Reply($"Tin {prefix} cho {chat}"), null, CancellationToken.None);
    }

    /// <summary>Moves the school's clock on until every queued message is delivered (bounded, so the test ends).</summary>
    private async Task DrainAsync()
    {
        var outbox = Bot.Service<IOutbox>();
        for (var i = 0; i < 200 && outbox.Counts()[OutboxStatus.Pending] > 0; i++)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }
        await Api.WaitUntilIdle();
    }

    [Fact]
    public async Task SameIdTwice_IsQueuedOnce_AndSentOnce()
    {
        await Queue([9001], "weekly:2026-W48");
        await Queue([9001], "weekly:2026-W48");

        await DrainAsync();

        Assert.Single(Api.SentTo(9001));
        Assert.Equal(1, Bot.Service<IOutbox>().Counts()[OutboxStatus.Sent]);
    }

    [Fact]
    public async Task A429Storm_EverythingIsDeliveredAfterwards_NothingTwice()
    {
        var chats = Enumerable.Range(0, 40).Select(i => 9100L + i).ToList();
        Api.RespondTooManyRequests("sendMessage", times: 8, retryAfterSeconds: 1);

        await Queue(chats, "storm");
        await DrainAsync();

        Assert.All(chats, chat => Assert.Single(Api.SentTo(chat)));
        Assert.True(Api.CountAnswers("sendMessage", 429) >= 8);
        Assert.Equal(40, Bot.Service<IOutbox>().Counts()[OutboxStatus.Sent]);
    }

    [Fact]
    public async Task A403_EndsThatChatsLinks_OthersUnaffected()
    {
        const long blocked = 9201, fine = 9202;
        await VerifyByPhone(blocked, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        Api.ForbidChat(blocked);

        await Queue([blocked, fine], "notice");
        await DrainAsync();

        var outbox = Bot.Service<IOutbox>();
        Assert.Equal(OutboxStatus.Blocked, outbox.Find($"notice:{blocked}")!.Status);
        Assert.Equal(OutboxStatus.Sent, outbox.Find($"notice:{fine}")!.Status);
        Assert.Single(Api.SentTo(fine));
        Assert.Empty(Bot.Service<IChatLinks>().ChildrenOf(Chat(blocked)));
    }

    [Fact]
    public async Task ServerErrors_AreRetried_UntilTheMessageGoesThrough()
    {
        Api.FailWithServerError("sendMessage", times: 3);

        await Queue([9301], "retry");
        await DrainAsync();

        Assert.Single(Api.SentTo(9301));
        Assert.Equal(OutboxStatus.Sent, Bot.Service<IOutbox>().Find("retry:9301")!.Status);
    }

    [Fact]
    public async Task TwoMessagesToOneChat_AreSpacedButBothArrive()
    {
        await Queue([9401], "a");
        await Queue([9401], "b");

        await DrainAsync();

        Assert.Equal(2, Api.SentTo(9401).Count);
    }
}
