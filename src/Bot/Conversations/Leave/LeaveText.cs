using System.Globalization;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>Reads "24/11/2026 sang Con bị sốt" (session sang, chieu or ca-ngay) into the sessions and the reason.</summary>
public static class LeaveText
{
    /// <summary>How to write the form, with the next school day (Monday to Friday) after today as the example.</summary>
    public static string Format(DateOnly today)
    {
        var example = today.AddDays(1);
        while (example.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) example = example.AddDays(1);
        return $"Gửi theo mẫu: ngày buổi lý do — buổi là sang, chieu hoặc ca-ngay. Ví dụ:\n{VietnameseFormat.Date(example)} sang Con bị sốt";
    }

    public static (IReadOnlyList<LeaveSession> Sessions, string Reason)? Parse(string text, int defaultYear)
    {
        var parts = (text ?? "").Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) return null;
        if (!DateOnly.TryParseExact(parts[0], ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (!DateOnly.TryParseExact($"{parts[0]}/{defaultYear}", ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                return null;
        }
        IReadOnlyList<LeaveSession> sessions = VietnameseText.Fold(parts[1]) switch
        {
            "ca-ngay" or "cangay" or "ca ngay" => [new(date, DaySession.Morning), new(date, DaySession.Afternoon)],
            var s when DaySessions.TryParse(s, out var one) => [new(date, one)],
            _ => [],
        };
        return sessions.Count == 0 ? null : (sessions, parts[2]);
    }

    public static string Describe(IEnumerable<LeaveSession> sessions) =>
        string.Join(", ", sessions.GroupBy(s => s.Date).Select(g =>
            g.Count() == 2 ? $"cả ngày {VietnameseFormat.Day(g.Key)}" : $"buổi {g.First().Session.Vietnamese()} {VietnameseFormat.Day(g.Key)}"));
}
