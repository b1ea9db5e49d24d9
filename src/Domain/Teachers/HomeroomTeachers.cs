using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Teachers;

public static class HomeroomTeachers
{
    /// <summary>The class's own homeroom teachers (admins may act as one, but are not told as one).</summary>
    public static IReadOnlyList<Teacher> HomeroomOf(this ITeacherDirectory teachers, ClassName className)
    {
        ArgumentNullException.ThrowIfNull(teachers);
        return teachers.All().Where(t => !t.IsAdmin && !t.HasLeft && t.IsHomeroomOf(className)).ToList();
    }
}
