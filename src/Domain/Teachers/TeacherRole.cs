namespace SoLienLac.Domain.Teachers;

/// <summary>What an assignment lets a teacher do: the whole school, one class, or one subject in one class.</summary>
public enum TeacherRole
{
    Admin,
    Homeroom,
    Subject,
}

public static class TeacherRoles
{
    public static bool TryParse(string? text, out TeacherRole role)
    {
        role = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "admin": role = TeacherRole.Admin; return true;
            case "homeroom": role = TeacherRole.Homeroom; return true;
            case "subject": role = TeacherRole.Subject; return true;
            default: return false;
        }
    }

    public static string Code(this TeacherRole role) => role.ToString().ToLowerInvariant();
}
