using System.Globalization;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>
/// Reads "24/11/2026 sang Con bị sốt" (session sang, chieu or ca-ngay; in English morning, afternoon or
/// all-day) into the sessions and the reason. The form's wording is the catalogue's (<see cref="Texts.ILeaveTexts"/>).
/// </summary>
public static class LeaveText
{
    /// <summary>How to write the form, in the chat's language, with the next school day (Monday to Friday) after today as the example.</summary>
    public static string Format(Texts.Catalogue texts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var example = today.AddDays(1);
        while (example.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) example = example.AddDays(1);
        return texts.Leave.Format(example);
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
            "ca-ngay" or "cangay" or "ca ngay" or "all-day" or "allday" => [new(date, DaySession.Morning), new(date, DaySession.Afternoon)],
            "morning" => [new(date, DaySession.Morning)],
            "afternoon" => [new(date, DaySession.Afternoon)],
            var s when DaySessions.TryParse(s, out var one) => [new(date, one)],
            _ => [],
        };
        return sessions.Count == 0 ? null : (sessions, parts[2]);
    }
}
