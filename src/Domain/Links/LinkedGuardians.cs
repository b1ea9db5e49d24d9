using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Links;

public static class LinkedGuardians
{
    /// <summary>The guardian a parent's link proved, as the school's list names them; null for a link made with an activation code (no phone).</summary>
    public static async Task<Guardian?> GuardianOfAsync(this IStudentDirectory students, ParentLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(students);
        ArgumentNullException.ThrowIfNull(link);
        if (!PhoneNumber.TryParse(link.Phone, out var phone)) return null;
        return (await students.GuardiansOfAsync(link.Student, cancellationToken).ConfigureAwait(false)).FirstOrDefault(g => g.Phone == phone);
    }
}
