using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoLienLac.Domain.Notices;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>Sends notices set for a later time once their time comes (checked every half minute).</summary>
public sealed class DueNoticePublisher(NoticeDelivery delivery, TimeProvider clock, ILogger<DueNoticePublisher> logger)
    : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Publishing due notices failed; trying again in {Every}", Every);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public Task PublishDueAsync(CancellationToken cancellationToken) => delivery.PublishDueAsync(cancellationToken);
}
