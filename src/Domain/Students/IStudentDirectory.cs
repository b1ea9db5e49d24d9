using SoLienLac.Domain.Guardians;

namespace SoLienLac.Domain.Students;

/// <summary>The roster: students, their classes and their guardians.</summary>
public interface IStudentDirectory
{
    Task<Student?> FindAsync(StudentCode code, CancellationToken cancellationToken);

    /// <summary>Every student ever in the class, those who left included, in student-code order.</summary>
    Task<IReadOnlyList<Student>> InClassAsync(ClassName className, CancellationToken cancellationToken);

    Task<IReadOnlyList<ClassName>> ClassesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Guardian>> GuardiansOfAsync(StudentCode student, CancellationToken cancellationToken);

    /// <summary>The guardian records, for any student, that carry this phone.</summary>
    Task<IReadOnlyList<Guardian>> GuardiansWithPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken);

    Task<int> CountStudentsAsync(CancellationToken cancellationToken);
}
