using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Teachers;

public static class HomeroomTeachers
{
    /// <summary>The class's own homeroom teachers (admins may act as one, but are not told as one).</summary>
    public static async Task<IReadOnlyList<Teacher>> HomeroomOfAsync(this ITeacherDirectory teachers, ClassName className, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teachers);
        return (await teachers.AllAsync(cancellationToken)).Where(t => !t.IsAdmin && !t.HasLeft && t.IsHomeroomOf(className)).ToList();
    }
}
