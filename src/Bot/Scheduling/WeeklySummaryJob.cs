using Microsoft.Extensions.Logging;
using Quartz;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Scheduling;

/// <summary>The Quartz job: queue this week's summaries, and note that the week was done.</summary>
[DisallowConcurrentExecution]
public sealed class WeeklySummaryJob(WeeklySummaries summaries, IJobRuns runs, SchoolCalendar calendar, ILogger<WeeklySummaryJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-summary");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var week = SchoolWeek.Of(calendar.Today);
        await summaries.ComposeAsync(week, cancellationToken);
        await runs.DoneAsync(WeeklySummaries.RunOf(week), calendar.Now, cancellationToken);
        // Which process ran which firing: clustered, each firing runs on one process only.
        logger.LogInformation("Weekly summary fired for {Scheduled:O} ran on {Scheduler}", context.ScheduledFireTimeUtc, context.Scheduler.SchedulerInstanceId);
    }
}
