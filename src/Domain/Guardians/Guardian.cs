using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Guardians;

/// <summary>A parent or other guardian of one student, as the school has them on record.</summary>
public sealed record Guardian
{
    private Guardian(StudentCode student, string fullName, PhoneNumber? phone, string relation)
    {
        Student = student;
        FullName = fullName;
        Phone = phone;
        Relation = relation;
    }

    public StudentCode Student { get; }

    public string FullName { get; }

    /// <summary>Null when the school has no phone for them: such a family links with an activation code.</summary>
    public PhoneNumber? Phone { get; }

    /// <summary>"Bố", "Mẹ", "Ông", "Bà", … as the school wrote it.</summary>
    public string Relation { get; }

    public static Guardian Of(StudentCode student, string fullName, PhoneNumber? phone, string? relation)
    {
        if (string.IsNullOrWhiteSpace(fullName) && phone is null)
            throw new ArgumentException("a guardian needs a name or a phone", nameof(fullName));
        return new Guardian(student, PersonName.Normalize(fullName ?? ""), phone, relation?.Trim() ?? "");
    }
}
