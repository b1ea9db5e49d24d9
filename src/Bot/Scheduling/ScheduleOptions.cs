namespace SoLienLac.Bot.Scheduling;

/// <summary>The <c>Schedule</c> section: when the school's own messages go out, in the school's time zone.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Schedule";

    /// <summary>Quartz cron for the weekly summary: Saturday 17:00 by default.</summary>
    public string WeeklySummaryCron { get; set; } = "0 0 17 ? * SAT";

    /// <summary>Quiet hours: nothing scheduled is delivered from this time…</summary>
    public TimeOnly QuietFrom { get; set; } = new(21, 0);

    /// <summary>…until this time the next morning.</summary>
    public TimeOnly QuietUntil { get; set; } = new(6, 30);
}
