using SoLienLac.Domain.Common;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Teachers;

/// <summary>A teacher or member of the school's staff, with the assignments that say what they may do.</summary>
public sealed record Teacher
{
    private Teacher(string code, string fullName, PhoneNumber? phone, IReadOnlyList<Assignment> assignments, bool hasLeft)
    {
        Code = code;
        FullName = fullName;
        Phone = phone;
        Assignments = assignments;
        HasLeft = hasLeft;
        Schools = assignments.Select(a => a.School).Distinct().ToList();
    }

    public string Code { get; }

    public string FullName { get; }

    public PhoneNumber? Phone { get; }

    public IReadOnlyList<Assignment> Assignments { get; }

    /// <summary>
    /// No longer working at the school (<c>status = left</c>): kept on record, for the audit trail
    /// that names them, with no assignment, so no role; nobody verifies as them.
    /// </summary>
    public bool HasLeft { get; }

    /// <summary>An admin of a school (of the store's one school, or of one of many).</summary>
    public bool IsAdmin => Assignments.Any(a => a.Role == TeacherRole.Admin);

    /// <summary>An admin of this school (null: the store's one school); an admin of one school has no right in another.</summary>
    public bool IsAdminOf(string? school) => Assignments.Any(a => a.Role == TeacherRole.Admin && a.School == school);

    /// <summary>The school an admin speaks for to a whole school (the first they are admin of); null in a store of one school.</summary>
    public string? AdminSchool => Assignments.FirstOrDefault(a => a.Role == TeacherRole.Admin)?.School;

    /// <summary>The schools the teacher works in, by their assignments (one null in a store of one school).</summary>
    public IReadOnlyList<string?> Schools { get; }

    public static Teacher Create(string code, string fullName, PhoneNumber? phone, IEnumerable<Assignment> assignments, bool hasLeft = false)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        if (string.IsNullOrWhiteSpace(code)) throw new ArgumentException("a teacher needs a code", nameof(code));
        if (string.IsNullOrWhiteSpace(fullName)) throw new ArgumentException("a teacher needs a name", nameof(fullName));
        return new Teacher(code.Trim().ToUpperInvariant(), PersonName.Normalize(fullName), phone, hasLeft ? [] : assignments.Distinct().ToList(), hasLeft);
    }

    /// <summary>
    /// The class a teacher means by a name they type ("6A"): in their school. A teacher of several
    /// schools means the one where they have a class of that name (or, failing that, where they are
    /// admin); "SCHOOL/6A" says it outright. A name of no school stays so in a store of one school.
    /// </summary>
    public ClassName Place(ClassName className)
    {
        if (className.School is not null) return className;
        var schools = Schools;
        if (schools.Count <= 1) return className.In(schools.Count == 0 ? null : schools[0]);
        var teaching = Assignments.Where(a => a.ClassName?.Value == className.Value).Select(a => a.School).Distinct().ToList();
        return className.In(teaching.Count == 1 ? teaching[0] : AdminSchool ?? schools[0]);
    }

    public bool IsHomeroomOf(ClassName className) =>
        IsAdminOf(className.School) || Assignments.Any(a => a.Role == TeacherRole.Homeroom && a.ClassName == className);

    public bool Teaches(Subject subject, ClassName className) =>
        IsAdminOf(className.School) || Assignments.Any(a => a.Role == TeacherRole.Subject && a.ClassName == className && a.Subject == subject);

    /// <summary>Same person, same phone, same status and the same assignments, in any order.</summary>
    public bool SameAs(Teacher other) =>
        Code == other.Code && FullName == other.FullName && Phone == other.Phone && HasLeft == other.HasLeft &&
        Assignments.Count == other.Assignments.Count && Assignments.All(other.Assignments.Contains);
}
