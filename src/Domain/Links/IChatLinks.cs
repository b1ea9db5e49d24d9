using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Links;

/// <summary>Who each chat is: a parent of some children, a teacher, or both.</summary>
public interface IChatLinks
{
    /// <summary>The active links of a parent's chat, in the order they were made.</summary>
    IReadOnlyList<ParentLink> ChildrenOf(ChatAddress chat);

    /// <summary>The active links to a student, from every guardian and channel.</summary>
    IReadOnlyList<ParentLink> ParentsOf(StudentCode student);

    /// <summary><see cref="ParentsOf(StudentCode)"/> for many students in one read (a class, for the weekly summaries).</summary>
    ILookup<StudentCode, ParentLink> ParentsOf(IReadOnlyCollection<StudentCode> students);

    /// <summary>The chat's active link as a teacher, or null.</summary>
    StaffLink? StaffOf(ChatAddress chat);

    /// <summary>The chats a teacher verified from, still active.</summary>
    IReadOnlyList<StaffLink> ChatsOfTeacher(string teacherCode);

    /// <summary>Every link ever made to a student, ended ones too, oldest first: for the school's <c>links</c> list.</summary>
    IReadOnlyList<ParentLink> HistoryOf(StudentCode student);

    /// <summary>Every chat a teacher verified from, ended ones too, oldest first.</summary>
    IReadOnlyList<StaffLink> StaffHistoryOf(string teacherCode);

    void Save(ParentLink link);

    void Save(StaffLink link);
}
