using SoLienLac.Domain.Guardians;

namespace SoLienLac.Domain.Teachers;

/// <summary>The school's teachers and their assignments.</summary>
public interface ITeacherDirectory
{
    Task<Teacher?> FindAsync(string code, CancellationToken cancellationToken);

    Task<Teacher?> FindByPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken);

    Task<IReadOnlyList<Teacher>> AllAsync(CancellationToken cancellationToken);
}
