namespace SoLienLac.Domain.Settings;

/// <summary>How a parent wants new scores: at once (after the teacher's grace period), in the weekly summary only, or not at all.</summary>
public enum ScoreAlerts
{
    Instant,
    WeeklyOnly,
    Off,
}

/// <summary>
/// A parent chat's notification settings. Absence alerts and urgent school notices cannot be turned
/// off: they are not here.
/// </summary>
public sealed record ParentSettings(ScoreAlerts ScoreAlerts, bool WeeklySummary, TimeOnly? QuietFrom, TimeOnly? QuietUntil)
{
    public static ParentSettings Default { get; } = new(ScoreAlerts.Instant, true, null, null);
}
