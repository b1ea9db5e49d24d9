using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Links;

/// <summary>The activation code issued for each student (the newest replaces the older one).</summary>
public interface IActivationCodes
{
    ActivationCode? IssuedFor(StudentCode student);

    void Save(ActivationCode code);
}
