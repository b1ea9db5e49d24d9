using System.Globalization;
using SoLienLac.Domain.Settings;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseSettingsTexts : ISettingsTexts
{
    public string NotUnderstood => "Chưa hiểu cài đặt này. Ví dụ: /caidat diem tuan · /caidat tuan tat · /caidat im 21:30-06:00";

    public string Describe(ParentSettings settings, bool saved)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var scores = settings.ScoreAlerts switch
        {
            ScoreAlerts.Instant => "báo ngay (sau 30 phút để giáo viên kịp sửa nhầm)",
            ScoreAlerts.WeeklyOnly => "chỉ trong tóm tắt tuần",
            _ => "tắt",
        };
        var quiet = settings.QuietFrom is { } f && settings.QuietUntil is { } u
            ? $"{f.ToString("HH:mm", CultureInfo.InvariantCulture)}–{u.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : "theo nhà trường (21:00–06:30)";
        return (saved ? "✅ Đã lưu.\n" : "") + "⚙️ Cài đặt thông báo\n" +
            $"• Điểm mới: {scores}\n• Tóm tắt tuần: {(settings.WeeklySummary ? "bật" : "tắt")}\n• Giờ yên lặng (không gửi tin định kỳ): {quiet}\n" +
            "Báo vắng học và thông báo khẩn của nhà trường luôn được gửi.\nĐặt giờ yên lặng: /caidat im 21:30-06:00";
    }

    public string ScoresNowButton => "Điểm: báo ngay";

    public string ScoresWeeklyButton => "Điểm: theo tuần";

    public string ScoresOffButton => "Điểm: tắt";

    public string WeeklyOnButton => "Bật tóm tắt tuần";

    public string WeeklyOffButton => "Tắt tóm tắt tuần";
}
