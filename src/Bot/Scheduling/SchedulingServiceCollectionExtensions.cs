using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SoLienLac.Bot.Conversations.Notices;

namespace SoLienLac.Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Quartz in the Generic Host: the weekly summary on <c>Schedule:WeeklySummaryCron</c>, in the school's time zone.</summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, string cron, TimeZoneInfo zone)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section)
            .Validate(o => CronExpression.TryParse(o.WeeklySummaryCron, out _), "Schedule:WeeklySummaryCron is not a Quartz cron expression")
            .ValidateOnStart();
        services.AddSingleton<JobRuns>();
        services.AddSingleton<WeeklySummaries>();
        services.AddSingleton<WeeklyCatchUp>();
        services.AddHostedService(sp => sp.GetRequiredService<WeeklyCatchUp>());
        services.AddQuartz(q =>
        {
            q.AddJob<WeeklySummaryJob>(job => job.WithIdentity(WeeklySummaryJob.Key));
            q.AddJob<DueNoticePublisher>(job => job.WithIdentity(DueNoticePublisher.Key));
            q.AddTrigger(t => t.ForJob(DueNoticePublisher.Key).WithIdentity("due-notices")
                .WithSimpleSchedule(s => s.WithInterval(DueNoticePublisher.Every).RepeatForever()));
            if (CronExpression.TryParse(cron, out _))
                q.AddTrigger(t => t.ForJob(WeeklySummaryJob.Key).WithIdentity("weekly-summary").WithCronSchedule(cron, c => c.InTimeZone(zone)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
