using SoLienLac.Domain.Guardians;

namespace SoLienLac.Domain.Students;

/// <summary>The roster: students, their classes and their guardians.</summary>
public interface IStudentDirectory
{
    Student? Find(StudentCode code);

    /// <summary>Every student ever in the class, those who left included, in student-code order.</summary>
    IReadOnlyList<Student> InClass(ClassName className);

    IReadOnlyList<ClassName> Classes();

    IReadOnlyList<Guardian> GuardiansOf(StudentCode student);

    /// <summary>The guardian records, for any student, that carry this phone.</summary>
    IReadOnlyList<Guardian> GuardiansWithPhone(PhoneNumber phone);

    int CountStudents();
}
