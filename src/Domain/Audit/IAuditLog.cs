namespace SoLienLac.Domain.Audit;

/// <summary>The trail of changes to one student's records, oldest first.</summary>
public interface IAuditLog
{
    Task<IReadOnlyList<AuditEntry>> AboutAsync(string student, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> LatestAsync(int count, CancellationToken cancellationToken);
}
