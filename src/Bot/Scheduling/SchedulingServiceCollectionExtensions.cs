using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SoLienLac.Bot.Conversations.Notices;

namespace SoLienLac.Bot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>How often a clustered scheduler tells the others it is alive; three missed and its jobs are taken over.</summary>
    public static readonly TimeSpan ClusterCheckin = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Quartz in the Generic Host, in the school's time zone: the weekly summary on
    /// <c>Schedule:WeeklySummaryCron</c>, timed notices, the outbox's nightly clean-up, the nightly
    /// prune of what is kept only for a while, and the nightly backup when <c>Backup:Folder</c> is set.
    /// On PostgreSQL (<paramref name="clusterConnectionString"/>) the scheduler is clustered: Quartz's ADO
    /// job store in the same database (its tables come with schema 11), so every job fires once across
    /// the bot processes, and on another process when the one due to run it has died.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, string cron, BackupOptions backup, TimeZoneInfo zone,
        string? clusterConnectionString = null)
    {
        ArgumentNullException.ThrowIfNull(backup);
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.Section)
            .Validate(o => CronExpression.TryParse(o.WeeklySummaryCron, out _), "Schedule:WeeklySummaryCron is not a Quartz cron expression")
            .ValidateOnStart();
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section)
            .Validate(o => o.Keep >= 1, "Backup:Keep must be at least 1")
            .Validate(o => CronExpression.TryParse(o.Cron, out _), "Backup:Cron is not a Quartz cron expression")
            .ValidateOnStart();
        services.AddSingleton<WeeklySummaries>();
        services.AddSingleton<WeeklyCatchUp>();
        services.AddHostedService(sp => sp.GetRequiredService<WeeklyCatchUp>());
        // The store's schema is brought up before the scheduler opens its tables.
        services.AddHostedService<StoreReady>();
        services.AddQuartz(q =>
        {
            if (clusterConnectionString is not null)
            {
                q.ConfigureScheduler(s =>
                {
                    s.InstanceName = "solienlac";
                    s.GenerateInstanceId = true;
                });
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(Npgsql.NpgsqlFactory.Instance, clusterConnectionString);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = ClusterCheckin;
                        c.CheckinMisfireThreshold = ClusterCheckin * 3;
                    });
                });
            }
            // Cut short by a dying process, the week's summaries are composed again by another (nothing is queued twice).
            q.AddJob<WeeklySummaryJob>(job => job.WithIdentity(WeeklySummaryJob.Key).RequestRecovery());
            q.AddJob<DueNoticePublisher>(job => job.WithIdentity(DueNoticePublisher.Key));
            q.AddTrigger(t => t.ForJob(DueNoticePublisher.Key).WithIdentity("due-notices")
                .WithSimpleSchedule(s => s.WithInterval(DueNoticePublisher.Every).RepeatForever()));
            if (CronExpression.TryParse(cron, out _))
                q.AddTrigger(t => t.ForJob(WeeklySummaryJob.Key).WithIdentity("weekly-summary").WithCronSchedule(cron, c => c.InTimeZone(zone)));
            q.AddJob<OutboxCleanupJob>(job => job.WithIdentity(OutboxCleanupJob.Key));
            q.AddTrigger(t => t.ForJob(OutboxCleanupJob.Key).WithIdentity("outbox-cleanup").WithCronSchedule(OutboxCleanupJob.Cron, c => c.InTimeZone(zone)));
            q.AddJob<PruneJob>(job => job.WithIdentity(PruneJob.Key));
            q.AddTrigger(t => t.ForJob(PruneJob.Key).WithIdentity("prune").WithCronSchedule(PruneJob.Cron, c => c.InTimeZone(zone)));
            q.AddJob<NightlyBackupJob>(job => job.WithIdentity(NightlyBackupJob.Key).StoreDurably());
            if (!string.IsNullOrWhiteSpace(backup.Folder) && CronExpression.TryParse(backup.Cron, out _))
                q.AddTrigger(t => t.ForJob(NightlyBackupJob.Key).WithIdentity("nightly-backup").WithCronSchedule(backup.Cron, c => c.InTimeZone(zone)));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
