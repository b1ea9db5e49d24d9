namespace SoLienLac.Domain.Students;

/// <summary>Students are never deleted: one who leaves keeps a complete record, marked with the date.</summary>
public enum StudentStatus
{
    Studying,
    Transferred,
    Dropped,
}

public static class StudentStatuses
{
    public static bool TryParse(string? text, out StudentStatus status)
    {
        status = StudentStatus.Studying;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "studying": return true;
            case "transferred": status = StudentStatus.Transferred; return true;
            case "dropped": status = StudentStatus.Dropped; return true;
            default: return false;
        }
    }

    public static string Code(this StudentStatus status) => status switch
    {
        StudentStatus.Transferred => "transferred",
        StudentStatus.Dropped => "dropped",
        _ => "studying",
    };

    public static string Vietnamese(this StudentStatus status) => status switch
    {
        StudentStatus.Transferred => "Đã chuyển trường",
        StudentStatus.Dropped => "Đã thôi học",
        _ => "Đang học",
    };
}
