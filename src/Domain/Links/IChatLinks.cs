using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Links;

/// <summary>Who each chat is: a parent of some children, a teacher, or both.</summary>
public interface IChatLinks
{
    /// <summary>The active links of a parent's chat, in the order they were made.</summary>
    Task<IReadOnlyList<ParentLink>> ChildrenOfAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary><see cref="ChildrenOfAsync(ChatAddress, CancellationToken)"/> for many chats in one read (the sender's check of what it is about to send), by chat key.</summary>
    Task<ILookup<string, ParentLink>> ChildrenOfAsync(IReadOnlyCollection<ChatAddress> chats, CancellationToken cancellationToken);

    /// <summary>The active links to a student, from every guardian and channel.</summary>
    Task<IReadOnlyList<ParentLink>> ParentsOfAsync(StudentCode student, CancellationToken cancellationToken);

    /// <summary><see cref="ParentsOf(StudentCode)"/> for many students in one read (a class, for the weekly summaries).</summary>
    Task<ILookup<StudentCode, ParentLink>> ParentsOfAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken);

    /// <summary>The chat's active link as a teacher, or null.</summary>
    Task<StaffLink?> StaffOfAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>The chats a teacher verified from, still active.</summary>
    Task<IReadOnlyList<StaffLink>> ChatsOfTeacherAsync(string teacherCode, CancellationToken cancellationToken);

    /// <summary>Every link ever made to a student, ended ones too, oldest first: for the school's <c>links</c> list.</summary>
    Task<IReadOnlyList<ParentLink>> HistoryOfAsync(StudentCode student, CancellationToken cancellationToken);

    /// <summary>Every chat a teacher verified from, ended ones too, oldest first.</summary>
    Task<IReadOnlyList<StaffLink>> StaffHistoryOfAsync(string teacherCode, CancellationToken cancellationToken);

    Task SaveAsync(ParentLink link, CancellationToken cancellationToken);

    Task SaveAsync(StaffLink link, CancellationToken cancellationToken);
}
