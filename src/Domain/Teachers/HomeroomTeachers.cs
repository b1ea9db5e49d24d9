using SoLienLac.Domain.Links;
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

    /// <summary>The chats of the school's admins (not left), where what the school must decide or know is told.</summary>
    public static async Task<IReadOnlyList<StaffLink>> AdminChatsAsync(this ITeacherDirectory teachers, IChatLinks links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teachers);
        ArgumentNullException.ThrowIfNull(links);
        var chats = new List<StaffLink>();
        foreach (var admin in (await teachers.AllAsync(cancellationToken)).Where(t => t.IsAdmin && !t.HasLeft))
            chats.AddRange(await links.ChatsOfTeacherAsync(admin.Code, cancellationToken));
        return chats;
    }
}
