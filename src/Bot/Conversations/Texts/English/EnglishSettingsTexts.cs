using System.Globalization;
using SoLienLac.Domain.Settings;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishSettingsTexts : ISettingsTexts
{
    public string NotUnderstood => "That setting is not clear. For example: /settings scores weekly · /settings weekly off · /settings quiet 21:30-06:00";

    public string Describe(ParentSettings settings, bool saved)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var scores = settings.ScoreAlerts switch
        {
            ScoreAlerts.Instant => "at once (after 30 minutes, so a teacher can correct a mistake)",
            ScoreAlerts.WeeklyOnly => "in the weekly summary only",
            _ => "off",
        };
        var quiet = settings.QuietFrom is { } f && settings.QuietUntil is { } u
            ? $"{f.ToString("HH:mm", CultureInfo.InvariantCulture)}–{u.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : "the school's (21:00–06:30)";
        return (saved ? "✅ Saved.\n" : "") + "⚙️ Notification settings\n" +
            $"• New scores: {scores}\n• Weekly summary: {(settings.WeeklySummary ? "on" : "off")}\n• Quiet hours (no routine messages): {quiet}\n" +
            "Absence alerts and the school's urgent notices are always sent.\nSet quiet hours: /settings quiet 21:30-06:00";
    }

    public string ScoresNowButton => "Scores: at once";

    public string ScoresWeeklyButton => "Scores: weekly";

    public string ScoresOffButton => "Scores: off";

    public string WeeklyOnButton => "Weekly summary on";

    public string WeeklyOffButton => "Weekly summary off";
}
