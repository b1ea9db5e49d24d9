using System.Globalization;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Storage.LiteDb;
using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Conversations.Settings;

/// <summary>
/// /caidat: score alerts (ngay / tuan / tat), the weekly summary (bat / tat), quiet hours
/// (<c>/caidat im 21:30-06:00</c>). Absence alerts and urgent notices always come.
/// </summary>
public sealed class SettingsHandler(LiteDbParentSettings settings) : ICommandHandler
{
    public CommandInfo Info { get; } = new("caidat", "settings", Audience.Parent, "Cài đặt thông báo", "Notification settings")
    {
        Phrases = ["cai dat", "settings"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Children.Count == 0) { turn.Say(ChatTexts.NotVerified); return Task.CompletedTask; }
        var current = settings.Of(turn.Chat);
        var words = VietnameseText.Fold(arguments).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var changed = words switch
        {
            ["diem", "ngay"] => current with { ScoreAlerts = ScoreAlerts.Instant },
            ["diem", "tuan"] => current with { ScoreAlerts = ScoreAlerts.WeeklyOnly },
            ["diem", "tat"] => current with { ScoreAlerts = ScoreAlerts.Off },
            ["tuan", "bat"] => current with { WeeklySummary = true },
            ["tuan", "tat"] => current with { WeeklySummary = false },
            ["im", var range] when Quiet(range) is { } q => current with { QuietFrom = q.From, QuietUntil = q.Until },
            ["im", "mac", "dinh"] or ["im", "macdinh"] => current with { QuietFrom = null, QuietUntil = null },
            [] => current,
            _ => null,
        };
        if (changed is null)
        {
            turn.Say("Chưa hiểu cài đặt này. Ví dụ: /caidat diem tuan · /caidat tuan tat · /caidat im 21:30-06:00");
            return Task.CompletedTask;
        }
        if (changed != current) settings.Save(turn.Chat, changed);
        turn.Say(new Reply(Describe(changed, changed != current)) { Buttons = Buttons(changed) });
        return Task.CompletedTask;
    }

    private static string Describe(ParentSettings s, bool saved)
    {
        var scores = s.ScoreAlerts switch
        {
            ScoreAlerts.Instant => "báo ngay (sau 30 phút để giáo viên kịp sửa nhầm)",
            ScoreAlerts.WeeklyOnly => "chỉ trong tóm tắt tuần",
            _ => "tắt",
        };
        var quiet = s.QuietFrom is { } f && s.QuietUntil is { } u
            ? $"{f.ToString("HH:mm", CultureInfo.InvariantCulture)}–{u.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : "theo nhà trường (21:00–06:30)";
        return (saved ? "✅ Đã lưu.\n" : "") + "⚙️ Cài đặt thông báo\n" +
            $"• Điểm mới: {scores}\n• Tóm tắt tuần: {(s.WeeklySummary ? "bật" : "tắt")}\n• Giờ yên lặng (không gửi tin định kỳ): {quiet}\n" +
            "Báo vắng học và thông báo khẩn của nhà trường luôn được gửi.\nĐặt giờ yên lặng: /caidat im 21:30-06:00";
    }

    private static List<IReadOnlyList<ReplyButton>> Buttons(ParentSettings s) =>
    [
        [new ReplyButton("Điểm: báo ngay", "/caidat diem ngay"), new ReplyButton("Điểm: theo tuần", "/caidat diem tuan"), new ReplyButton("Điểm: tắt", "/caidat diem tat")],
        [s.WeeklySummary ? new ReplyButton("Tắt tóm tắt tuần", "/caidat tuan tat") : new ReplyButton("Bật tóm tắt tuần", "/caidat tuan bat")],
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
