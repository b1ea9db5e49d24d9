using System.Globalization;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Bot.Conversations.Settings;

/// <summary>
/// /caidat: score alerts (ngay / tuan / tat), the weekly summary (bat / tat), quiet hours
/// (<c>/caidat im 21:30-06:00</c>); in English <c>/settings scores now|weekly|off</c>, <c>weekly on|off</c>,
/// <c>quiet 21:30-06:00</c>. Absence alerts and urgent notices always come.
/// </summary>
public sealed class SettingsHandler(IParentSettings settings, ITalkThreads threads) : ICommandHandler
{
    public CommandInfo Info { get; } = new("caidat", "settings", Audience.Parent | Audience.Teacher, "Cài đặt thông báo", "Notification settings")
    {
        Phrases = ["cai dat", "settings"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var words = VietnameseText.Fold(arguments).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A teacher's settings are their office hours; a teacher who is also a parent names them ("gio").
        if (turn.Teacher is { } teacher && (turn.Children.Count == 0 || words is ["gio" or "hours", ..]))
        {
            await OfficeHoursAsync(turn, teacher.Code, words is ["gio" or "hours", .. var rest] ? rest : words, cancellationToken);
            return;
        }
        if (turn.Children.Count == 0) { turn.Say(turn.Texts.Chat.NotVerified); return; }
        var current = await settings.OfAsync(turn.Chat, cancellationToken);
        // The English words the English replies teach ("/settings scores weekly") mean the same as the Vietnamese ones.
        var changed = words switch
        {
            ["diem" or "scores", "ngay" or "now"] => current with { ScoreAlerts = ScoreAlerts.Instant },
            ["diem" or "scores", "tuan" or "weekly"] => current with { ScoreAlerts = ScoreAlerts.WeeklyOnly },
            ["diem" or "scores", "tat" or "off"] => current with { ScoreAlerts = ScoreAlerts.Off },
            ["tuan" or "weekly", "bat" or "on"] => current with { WeeklySummary = true },
            ["tuan" or "weekly", "tat" or "off"] => current with { WeeklySummary = false },
            ["im" or "quiet", var range] when Quiet(range) is { } q => current with { QuietFrom = q.From, QuietUntil = q.Until },
            ["im" or "quiet", "mac", "dinh"] or ["im" or "quiet", "macdinh" or "default"] => current with { QuietFrom = null, QuietUntil = null },
            [] => current,
            _ => null,
        };
        var texts = turn.Texts.Settings;
        if (changed is null)
        {
            turn.Say(texts.NotUnderstood);
            return;
        }
        if (changed != current) await settings.SaveAsync(turn.Chat, changed, cancellationToken);
        turn.Say(new Reply(texts.Describe(changed, changed != current)) { Buttons = Buttons(texts, changed) });
    }

    /// <summary>/caidat gio 07:00-20:00 · /caidat gio mac dinh · /caidat (shows them).</summary>
    private async Task OfficeHoursAsync(Turn turn, string teacher, string[] words, CancellationToken cancellationToken)
    {
        var texts = turn.Texts.Talk;
        var chosen = await threads.OfficeHoursOfAsync(teacher, cancellationToken);
        OfficeHours? changed = words switch
        {
            [] => null,
            ["mac", "dinh"] or ["macdinh" or "default"] => OfficeHours.Default,
            _ when OfficeHours.TryParse(string.Concat(words), out var hours) => hours,
            _ => null,
        };
        if (words.Length > 0 && changed is null)
        {
            turn.Say(texts.OfficeHoursUnreadable);
            return;
        }
        if (changed is not null)
        {
            await threads.SaveOfficeHoursAsync(teacher, changed, cancellationToken);
            chosen = changed;
        }
        turn.Say(new Reply(texts.OfficeHours(chosen ?? OfficeHours.Default, chosen is not null && chosen != OfficeHours.Default))
        {
            Buttons = [[new ReplyButton(texts.OfficeHoursDefaultButton, "/caidat gio mac dinh")]],
        });
    }

    private static List<IReadOnlyList<ReplyButton>> Buttons(Texts.ISettingsTexts texts, ParentSettings s) =>
    [
        [new ReplyButton(texts.ScoresNowButton, "/caidat diem ngay"), new ReplyButton(texts.ScoresWeeklyButton, "/caidat diem tuan"), new ReplyButton(texts.ScoresOffButton, "/caidat diem tat")],
        [s.WeeklySummary ? new ReplyButton(texts.WeeklyOffButton, "/caidat tuan tat") : new ReplyButton(texts.WeeklyOnButton, "/caidat tuan bat")],
    ];

    private static (TimeOnly From, TimeOnly Until)? Quiet(string range)
    {
        var parts = range.Split('-');
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(parts[1], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var until)
            ? (from, until) : null;
    }
}
