using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Teachers;

/// <summary>
/// One thing a teacher is assigned: the school (admin), a class (homeroom) or a subject in a class.
/// In a store of many schools each names its school: the admin's explicitly, a class's through the class.
/// </summary>
public sealed record Assignment
{
    private Assignment(TeacherRole role, ClassName? className, Subject? subject, string? adminSchool)
    {
        Role = role;
        ClassName = className;
        Subject = subject;
        _adminSchool = adminSchool;
    }

    /// <summary>An admin's school; a class's assignment takes its school from the class.</summary>
    private readonly string? _adminSchool;

    public TeacherRole Role { get; }

    public ClassName? ClassName { get; }

    public Subject? Subject { get; }

    /// <summary>The school's code in a store of many schools; null in a store of one.</summary>
    public string? School => ClassName is { } c ? c.School : _adminSchool;

    /// <summary>The school's admin (BGH, giáo vụ): of <paramref name="school"/>, or of the store's one school.</summary>
    public static Assignment Admin(string? school = null) => new(TeacherRole.Admin, null, null, school);

    public static Assignment Homeroom(ClassName className) => new(TeacherRole.Homeroom, className, null, null);

    public static Assignment Teaching(Subject subject, ClassName className) => new(TeacherRole.Subject, className, subject, null);

    public override string ToString() => Role switch
    {
        TeacherRole.Admin => School is null ? "admin" : $"admin {School}",
        TeacherRole.Homeroom => $"homeroom {ClassName?.Key}",
        _ => $"subject {Subject!.Name} {ClassName?.Key}",
    };
}
