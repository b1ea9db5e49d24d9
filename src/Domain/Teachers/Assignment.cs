using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Teachers;

/// <summary>One thing a teacher is assigned: the school (admin), a class (homeroom) or a subject in a class.</summary>
public sealed record Assignment
{
    private Assignment(TeacherRole role, ClassName? className, Subject? subject)
    {
        Role = role;
        ClassName = className;
        Subject = subject;
    }

    public TeacherRole Role { get; }

    public ClassName? ClassName { get; }

    public Subject? Subject { get; }

    public static Assignment Admin() => new(TeacherRole.Admin, null, null);

    public static Assignment Homeroom(ClassName className) => new(TeacherRole.Homeroom, className, null);

    public static Assignment Teaching(Subject subject, ClassName className) => new(TeacherRole.Subject, className, subject);

    public override string ToString() => Role switch
    {
        TeacherRole.Admin => "admin",
        TeacherRole.Homeroom => $"homeroom {ClassName}",
        _ => $"subject {Subject!.Name} {ClassName}",
    };
}
