using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Students;

/// <summary>A student of the school. Leaving changes the status and dates it; nothing is ever removed.</summary>
public sealed record Student
{
    private Student(StudentCode code, string fullName, DateOnly dateOfBirth, ClassName className,
        StudentStatus status, DateOnly? leftOn)
    {
        Code = code;
        FullName = fullName;
        DateOfBirth = dateOfBirth;
        ClassName = className;
        Status = status;
        LeftOn = leftOn;
    }

    public StudentCode Code { get; private init; }

    public string FullName { get; private init; }

    public DateOnly DateOfBirth { get; private init; }

    public ClassName ClassName { get; private init; }

    public StudentStatus Status { get; private init; }

    /// <summary>The day a transferred or dropped student left; null while studying.</summary>
    public DateOnly? LeftOn { get; private init; }

    public bool IsStudying => Status == StudentStatus.Studying;

    public static Student Enrol(StudentCode code, string fullName, DateOnly dateOfBirth, ClassName className)
    {
        if (string.IsNullOrWhiteSpace(fullName)) throw new ArgumentException("a student needs a name", nameof(fullName));
        return new Student(code, PersonName.Normalize(fullName), dateOfBirth, className, StudentStatus.Studying, null);
    }

    /// <summary>Restores a stored student exactly as it was recorded.</summary>
    public static Student Restore(StudentCode code, string fullName, DateOnly dateOfBirth, ClassName className,
        StudentStatus status, DateOnly? leftOn) =>
        Enrol(code, fullName, dateOfBirth, className).WithStatus(status, leftOn);

    public Student WithStatus(StudentStatus status, DateOnly? leftOn)
    {
        if (status == StudentStatus.Studying) return this with { Status = status, LeftOn = null };
        if (leftOn is null) throw new ArgumentException("a student who left needs the date they left", nameof(leftOn));
        return this with { Status = status, LeftOn = leftOn };
    }

    public Student Leave(StudentStatus how, DateOnly on) =>
        how == StudentStatus.Studying ? throw new ArgumentException("leaving needs transferred or dropped", nameof(how)) : WithStatus(how, on);

    public Student MoveTo(ClassName className) => this with { ClassName = className };
}
