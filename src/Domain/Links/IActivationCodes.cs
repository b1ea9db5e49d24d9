namespace SoLienLac.Domain.Links;

/// <summary>The activation code issued for each student's family and each teacher (the newest replaces the older one).</summary>
public interface IActivationCodes
{
    ActivationCode? IssuedFor(CodeHolder holder);

    void Save(ActivationCode code);
}
