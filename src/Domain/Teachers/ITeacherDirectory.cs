using SoLienLac.Domain.Guardians;

namespace SoLienLac.Domain.Teachers;

/// <summary>The school's teachers and their assignments.</summary>
public interface ITeacherDirectory
{
    Teacher? Find(string code);

    Teacher? FindByPhone(PhoneNumber phone);

    IReadOnlyList<Teacher> All();
}
