using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Teachers;

public static class HomeroomTeachers
{
    /// <summary>The class's own homeroom teachers (admins may act as one, but are not told as one).</summary>
    public static async Task<IReadOnlyList<Teacher>> HomeroomOfAsync(this ITeacherDirectory teachers, ClassName className, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teachers);
        return (await teachers.AllAsync(cancellationToken)).Where(t => !t.HasLeft && !t.IsAdminOf(className.School)
            && t.Assignments.Any(a => a.Role == TeacherRole.Homeroom && a.ClassName == className)).ToList();
    }

    /// <summary>The chats of the class's homeroom teachers, where what concerns a family of the class is told.</summary>
    public static async Task<IReadOnlyList<StaffLink>> HomeroomChatsAsync(this ITeacherDirectory teachers, IChatLinks links, ClassName className,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        var chats = new List<StaffLink>();
        foreach (var homeroom in await teachers.HomeroomOfAsync(className, cancellationToken))
            chats.AddRange(await links.ChatsOfTeacherAsync(homeroom.Code, cancellationToken));
        return chats;
    }

    /// <summary>
    /// The chats of the admins (not left) of these schools (the schools of a family's children; null
    /// is the store's one school), where what the school must decide or know is told.
    /// </summary>
    public static async Task<IReadOnlyList<StaffLink>> AdminChatsAsync(this ITeacherDirectory teachers, IChatLinks links,
        IReadOnlyCollection<string?> schools, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teachers);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(schools);
        var chats = new List<StaffLink>();
        foreach (var admin in (await teachers.AllAsync(cancellationToken)).Where(t => !t.HasLeft && schools.Any(t.IsAdminOf)))
            chats.AddRange(await links.ChatsOfTeacherAsync(admin.Code, cancellationToken));
        return chats;
    }
}
