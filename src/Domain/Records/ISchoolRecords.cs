namespace SoLienLac.Domain.Records;

/// <summary>Saves a set of changes atomically: after a crash either all of it is there or none.</summary>
public interface ISchoolRecords
{
    Task SaveAsync(ChangeSet changes, CancellationToken cancellationToken);
}
