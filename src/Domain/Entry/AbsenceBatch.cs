using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Entry;

/// <summary>One student's absence in a batch, with what was recorded before for that session (null: new).</summary>
public sealed record AbsenceChange(Student Student, Absence? Before, Absence After)
{
    public bool Changes => Before != After;
}

/// <summary>The absences of one session of one class, shown before they are saved.</summary>
public sealed record AbsenceBatch(ClassName ClassName, DateOnly Date, DaySession Session,
    IReadOnlyList<AbsenceChange> Changes, IReadOnlyList<EntryIssue> Issues)
{
    public Refusal? Refused { get; init; }

    public bool HasSomethingToSave => Changes.Any(c => c.Changes);
}
