using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Scheduling;

/// <summary>
/// At start: if this week's summary should already have been made (its cron time has passed this
/// week) but was not — the service was down — it is made now; quiet hours still hold for delivery.
/// </summary>
public sealed class WeeklyCatchUp(WeeklySummaries summaries, IJobRuns runs, SchoolCalendar calendar, IOptions<ScheduleOptions> options,
    ILogger<WeeklyCatchUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => CatchUpAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <returns>Whether a missed week was made up.</returns>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        var now = calendar.Now;
        var week = SchoolWeek.Of(calendar.Today);
        if (await runs.WasDoneAsync(WeeklySummaries.RunOf(week), cancellationToken)) return false;
        var cron = new CronExpression(options.Value.WeeklySummaryCron, calendar.Zone);
        var weekStart = new DateTimeOffset(week.Monday.ToDateTime(TimeOnly.MinValue), now.Offset);
        var due = cron.GetNextValidTimeAfter(weekStart.AddTicks(-1));
        if (due is null || due > now) return false;
        logger.LogInformation("The weekly summary of {Week} was missed ({Due}); making it now", week.Id, due);
        await summaries.ComposeAsync(week, cancellationToken);
        await runs.DoneAsync(WeeklySummaries.RunOf(week), now, cancellationToken);
        return true;
    }
}
