using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Attendance;

/// <summary>A session a student missed, excused (có phép, P) or not (không phép, K).</summary>
public sealed record Absence(StudentCode Student, DateOnly Date, DaySession Session, bool Excused)
{
    /// <summary>One absence a student a session: recording it again replaces it.</summary>
    public string Key => $"{Student}|{Date:yyyy-MM-dd}|{Session.Code()}";

    public string Mark => Excused ? "P" : "K";

    /// <summary>What a teacher writes for "present after all" (có mặt): CM, or the words themselves.</summary>
    public static bool IsPresentMark(string? text) =>
        !string.IsNullOrWhiteSpace(text) && VietnameseText.Fold(text) is "cm" or "co mat";

    public static bool TryParseExcused(string? text, out bool excused)
    {
        excused = false;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "P": excused = true; return true;
            case "K": return true;
            default: return false;
        }
    }
}
