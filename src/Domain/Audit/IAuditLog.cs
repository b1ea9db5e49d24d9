namespace SoLienLac.Domain.Audit;

/// <summary>The trail of changes to one student's records, oldest first.</summary>
public interface IAuditLog
{
    IReadOnlyList<AuditEntry> About(string student);

    IReadOnlyList<AuditEntry> Latest(int count);
}
