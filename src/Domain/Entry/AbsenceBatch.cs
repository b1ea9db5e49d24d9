using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Entry;

/// <summary>
/// One student's line in a roll call: what was recorded for that session before (null: nothing)
/// and after (null: present — a recorded absence is removed).
/// </summary>
public sealed record AbsenceChange(Student Student, Absence? Before, Absence? After)
{
    public bool Changes => Before != After;

    /// <summary>An absence recorded by mistake is removed: the student was there.</summary>
    public bool Clears => After is null && Before is not null;

    /// <summary>The session's absence this line is about, as recorded now or before.</summary>
    public Absence? Absence => After ?? Before;
}

/// <summary>The absences of one session of one class, shown before they are saved.</summary>
public sealed record AbsenceBatch(ClassName ClassName, DateOnly Date, DaySession Session,
    IReadOnlyList<AbsenceChange> Changes, IReadOnlyList<EntryIssue> Issues)
{
    public Refusal? Refused { get; init; }

    public bool HasSomethingToSave => Changes.Any(c => c.Changes);
}
