using Quartz;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>The Quartz job that sends notices set for a later time once their time comes (every half minute).</summary>
[DisallowConcurrentExecution]
public sealed class DueNoticePublisher(NoticeDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("due-notices");

    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await PublishDueAsync(cancellationToken);

    public Task PublishDueAsync(CancellationToken cancellationToken) => delivery.PublishDueAsync(cancellationToken);
}
