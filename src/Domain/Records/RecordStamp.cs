using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Records;

/// <summary>The kinds of a student's records a parent reads, each with its own "cập nhật" time.</summary>
public enum RecordKind
{
    Grades,
    Attendance,
    Conduct,
}

/// <summary>When a kind of a student's records last changed: a parent's page says "cập nhật …", so an empty page reads as "nothing yet".</summary>
public sealed record RecordStamp(StudentCode Student, RecordKind Kind, DateTimeOffset At);

/// <summary>The stamps, written by <see cref="ISchoolRecords.SaveAsync"/> with the change that moves them.</summary>
public interface IRecordStamps
{
    /// <summary>When each kind of the student's records last changed; kinds never changed are left out.</summary>
    Task<IReadOnlyDictionary<RecordKind, DateTimeOffset>> OfAsync(StudentCode student, CancellationToken cancellationToken);
}

public static class RecordStamps
{
    /// <summary>
    /// The stamps a change set moves: its students' kinds it touches, at the time of its audit (every
    /// change has an entry; the latest is the change's time), or <see cref="ChangeSet.At"/> when it has none.
    /// A store writes each over an older one, never over a newer.
    /// </summary>
    public static IReadOnlyList<RecordStamp> Of(ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var at = changes.Audit.Count > 0 ? changes.Audit.Max(a => a.At) : changes.At ?? changes.Assessments.Max(a => a.RecordedAt);
        if (at is not { } when) return [];
        return changes.Assessments.Select(a => (a.Student, Kind: RecordKind.Grades))
            .Concat(changes.Absences.Concat(changes.ClearedAbsences).Select(a => (a.Student, Kind: RecordKind.Attendance)))
            .Concat(changes.Conduct.Select(c => (c.Student, Kind: RecordKind.Conduct)))
            .Concat(changes.Remarks.Select(r => (r.Student, Kind: RecordKind.Conduct)))
            .Distinct()
            .Select(s => new RecordStamp(s.Student, s.Kind, when))
            .ToList();
    }
}
