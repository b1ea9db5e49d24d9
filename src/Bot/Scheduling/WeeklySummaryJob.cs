using Quartz;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bot.Scheduling;

/// <summary>The Quartz job: queue this week's summaries, and note that the week was done.</summary>
[DisallowConcurrentExecution]
public sealed class WeeklySummaryJob(WeeklySummaries summaries, JobRuns runs, SchoolCalendar calendar) : IJob
{
    public static readonly JobKey Key = new("weekly-summary");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var week = SchoolWeek.Of(calendar.Today);
        summaries.Compose(week);
        runs.Done(WeeklySummaries.RunOf(week), calendar.Now);
        return ValueTask.CompletedTask;
    }
}
