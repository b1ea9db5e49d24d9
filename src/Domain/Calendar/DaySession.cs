using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Calendar;

/// <summary>A school day has two sessions (buổi); absences are counted in sessions.</summary>
public enum DaySession
{
    Morning,
    Afternoon,
}

public static class DaySessions
{
    /// <summary>Reads "sang", "sáng", "chieu", "chiều" (accents and case ignored).</summary>
    public static bool TryParse(string? text, out DaySession session)
    {
        session = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        switch (VietnameseText.Fold(text))
        {
            case "sang": session = DaySession.Morning; return true;
            case "chieu": session = DaySession.Afternoon; return true;
            default: return false;
        }
    }

    public static DaySession Parse(string text) =>
        TryParse(text, out var session) ? session : throw new FormatException($"\"{text}\" is not a session (sang, chieu)");

    public static string Code(this DaySession session) => session == DaySession.Morning ? "sang" : "chieu";

    public static string Vietnamese(this DaySession session) => session == DaySession.Morning ? "sáng" : "chiều";
}
