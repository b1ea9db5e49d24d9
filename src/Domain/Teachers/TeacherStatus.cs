namespace SoLienLac.Domain.Teachers;

/// <summary>The teachers file's optional <c>status</c>: <c>working</c> (the default) or <c>left</c>.</summary>
public static class TeacherStatus
{
    /// <summary>True for "left", false for "working" or an empty cell; refused otherwise.</summary>
    public static bool TryParseLeft(string? text, out bool left)
    {
        left = false;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "working": return true;
            case "left": left = true; return true;
            default: return false;
        }
    }
}
