using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Records;

/// <summary>
/// Changes to the school's records that are saved together or not at all, each with its audit
/// entries. Built by the domain after every check has passed; the store only writes it.
/// </summary>
public sealed class ChangeSet
{
    public List<Student> Students { get; } = [];

    /// <summary>For each student listed, the complete set of guardians that replaces what was there.</summary>
    public Dictionary<StudentCode, IReadOnlyList<Guardian>> Guardians { get; } = [];

    public List<Teacher> Teachers { get; } = [];

    public List<Assessment> Assessments { get; } = [];

    public List<Absence> Absences { get; } = [];

    /// <summary>Absences recorded by mistake, removed: the student was present after all.</summary>
    public List<Absence> ClearedAbsences { get; } = [];

    public List<ConductRecord> Conduct { get; } = [];

    public List<Remark> Remarks { get; } = [];

    /// <summary>Links to end with the records (a guardian's phone removed, a teacher who left), already ended.</summary>
    public List<ParentLink> EndedLinks { get; } = [];

    public List<StaffLink> EndedStaffLinks { get; } = [];

    public List<AuditEntry> Audit { get; } = [];

    /// <summary>
    /// When the change was made, for the "cập nhật" time parents see (<see cref="RecordStamps"/>) when it
    /// has no audit to tell (the demo school); otherwise its latest audit entry's time is used.
    /// </summary>
    public DateTimeOffset? At { get; set; }

    /// <summary>
    /// The messages the change causes (a score or an absence alert), written with it in the same
    /// transaction, each unless its id is already in the outbox: a crash can no longer save the change
    /// and lose the alert, or send an alert for a change that was never saved.
    /// </summary>
    public List<OutboxMessage> Messages { get; } = [];

    /// <summary>
    /// Id prefixes of waiting messages the change makes stale (an alert about a score corrected within
    /// the grace period): dropped in the same transaction, before <see cref="Messages"/> are added.
    /// </summary>
    public List<string> StaleMessages { get; } = [];

    public bool IsEmpty =>
        Students.Count == 0 && Guardians.Count == 0 && Teachers.Count == 0 && Assessments.Count == 0 &&
        Absences.Count == 0 && ClearedAbsences.Count == 0 && Conduct.Count == 0 && Remarks.Count == 0 &&
        EndedLinks.Count == 0 && EndedStaffLinks.Count == 0 && Messages.Count == 0 && StaleMessages.Count == 0;
}
