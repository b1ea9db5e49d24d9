using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Teachers;

/// <summary>
/// One thing a teacher is assigned: the school (admin), a class (homeroom) or a subject in a class.
/// In a store of many schools each names its school: the admin's explicitly, a class's through the class.
/// </summary>
public sealed record Assignment
{
    private Assignment(TeacherRole role, ClassName? className, Subject? subject, string? school)
    {
        Role = role;
        ClassName = className;
        Subject = subject;
        School = school;
    }

    public TeacherRole Role { get; }

    public ClassName? ClassName { get; }

    public Subject? Subject { get; }

    /// <summary>The school's code in a store of many schools; null in a store of one.</summary>
    public string? School { get; }

    /// <summary>The school's admin (BGH, giáo vụ): of <paramref name="school"/>, or of the store's one school.</summary>
    public static Assignment Admin(string? school = null) => new(TeacherRole.Admin, null, null, school);

    public static Assignment Homeroom(ClassName className) => new(TeacherRole.Homeroom, className, null, className.School);

    public static Assignment Teaching(Subject subject, ClassName className) => new(TeacherRole.Subject, className, subject, className.School);

    /// <summary>The same assignment in the given school (its class moved into it).</summary>
    public Assignment In(string? school) => new(Role, ClassName?.In(school), Subject, school);

    public override string ToString() => Role switch
    {
        TeacherRole.Admin => School is null ? "admin" : $"admin {School}",
        TeacherRole.Homeroom => $"homeroom {ClassName?.Key}",
        _ => $"subject {Subject!.Name} {ClassName?.Key}",
    };
}
