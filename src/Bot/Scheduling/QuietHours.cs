namespace SoLienLac.Bot.Scheduling;

/// <summary>Never at night: a scheduled message falling in the quiet hours waits for the morning.</summary>
public static class QuietHours
{
    /// <summary>The parent's own quiet hours, or the school's where they chose none.</summary>
    public static DateTimeOffset NextAllowed(DateTimeOffset now, Domain.Settings.ParentSettings chosen, ScheduleOptions school)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(school);
        return NextAllowed(now, chosen.QuietFrom ?? school.QuietFrom, chosen.QuietUntil ?? school.QuietUntil);
    }

    /// <param name="now">In the school's time zone.</param>
    public static DateTimeOffset NextAllowed(DateTimeOffset now, TimeOnly from, TimeOnly until)
    {
        var time = TimeOnly.FromDateTime(now.DateTime);
        var quiet = from > until ? time >= from || time < until : time >= from && time < until;
        if (!quiet) return now;
        var morning = now.Date + until.ToTimeSpan();
        if (time >= from && from > until) morning = morning.AddDays(1);
        return new DateTimeOffset(morning, now.Offset);
    }
}
