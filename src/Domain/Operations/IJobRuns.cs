namespace SoLienLac.Domain.Operations;

/// <summary>Which scheduled runs happened ("weekly:2026-W48"), so one missed while the service was down is caught up.</summary>
public interface IJobRuns
{
    Task<bool> WasDoneAsync(string run, CancellationToken cancellationToken);

    Task DoneAsync(string run, DateTimeOffset at, CancellationToken cancellationToken);
}
