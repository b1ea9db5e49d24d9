using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.School;

namespace SoLienLac.Bot.Scheduling;

/// <summary>
/// Every night, messages delivered (or given up) longer ago than <c>Delivery:KeepDelivered</c> leave
/// the outbox, a few thousand a transaction so the bot keeps answering in between. Their ids were
/// only needed to stop a message being made twice, which no job does for weeks that far back.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxCleanupJob(IOutbox outbox, SchoolCalendar calendar, IOptions<DeliveryOptions> options, ILogger<OutboxCleanupJob> logger) : IJob
{
    public static readonly JobKey Key = new("outbox-cleanup");

    /// <summary>03:00 every night, in the school's time zone.</summary>
    public const string Cron = "0 0 3 * * ?";

    private const int PerTransaction = 5_000;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var before = calendar.Now - options.Value.KeepDelivered;
        int deleted, total = 0;
        do
        {
            deleted = await outbox.PruneAsync(before, PerTransaction, cancellationToken);
            total += deleted;
        }
        while (deleted == PerTransaction && !cancellationToken.IsCancellationRequested);
        if (total > 0) logger.LogInformation("{Count} messages delivered before {Before} removed from the outbox", total, before);
    }
}
