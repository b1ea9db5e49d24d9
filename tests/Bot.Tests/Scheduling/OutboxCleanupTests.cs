using SoLienLac.Bot.Tests.Support;
using Quartz;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Scheduling;

/// <summary>The outbox does not grow for ever: what was delivered long ago leaves it at night; nothing waiting does.</summary>
public sealed class OutboxCleanupTests : TelegramTestBase
{
    private IOutbox Outbox => Bot.Service<IOutbox>();

    private void Delivered(string id, DateTimeOffset createdAt)
    {
        Outbox.Enqueue(OutboxMessages.Of(id, new ChatAddress("telegram", "9701"), new Reply("Tin cũ"), createdAt, createdAt));
        Outbox.MarkSent(id, createdAt);
    }

    [Fact]
    public async Task TheNightlyCleanUp_RemovesWhatWasDeliveredLongAgo_AndKeepsTheRest()
    {
        var now = Clock.GetUtcNow();
        Delivered("old:sent", now.AddDays(-200));
        Outbox.Enqueue(OutboxMessages.Of("old:given-up", new ChatAddress("telegram", "9702"), new Reply("Tin lỗi"), now.AddDays(-190), now.AddDays(-190)));
        Outbox.Close("old:given-up", OutboxStatus.Failed, "400");
        Delivered("recent:sent", now.AddDays(-10));
        // Still waiting (far in the future, so the sender leaves it): never removed, however old.
        Outbox.Enqueue(OutboxMessages.Of("old:pending", new ChatAddress("telegram", "9703"), new Reply("Chưa gửi"), now.AddDays(-300), now.AddDays(30)));

        var scheduler = await Bot.Service<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(OutboxCleanupJob.Key);
        for (var i = 0; i < 100 && Outbox.Find("old:sent") is not null; i++) await Task.Delay(50);

        Assert.Null(Outbox.Find("old:sent"));
        Assert.Null(Outbox.Find("old:given-up"));
        Assert.NotNull(Outbox.Find("recent:sent"));
        Assert.Equal(OutboxStatus.Pending, Outbox.Find("old:pending")!.Status);
    }
}
