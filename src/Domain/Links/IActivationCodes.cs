namespace SoLienLac.Domain.Links;

/// <summary>The activation code issued for each student's family and each teacher (the newest replaces the older one).</summary>
public interface IActivationCodes
{
    Task<ActivationCode?> IssuedForAsync(CodeHolder holder, CancellationToken cancellationToken);

    Task SaveAsync(ActivationCode code, CancellationToken cancellationToken);
}
