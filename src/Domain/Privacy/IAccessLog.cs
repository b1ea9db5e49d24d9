using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Privacy;

/// <summary>Who read which student's records, and when (to the hour).</summary>
public interface IAccessLog
{
    /// <summary>Adds the lines not there yet (<see cref="AccessEntry.Key"/>), in one write.</summary>
    Task RecordAsync(IReadOnlyCollection<AccessEntry> entries, CancellationToken cancellationToken);

    /// <summary>The student's lines since then, newest first.</summary>
    Task<IReadOnlyList<AccessEntry>> OfStudentAsync(StudentCode student, DateTimeOffset since, CancellationToken cancellationToken);
}
