using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Entry;

/// <summary>One student's mark in a batch, with what was there before (null: a new mark).</summary>
public sealed record ScoreChange(Student Student, Mark? Before, Mark After)
{
    public bool IsNew => Before is null;

    public bool Changes => Before != After;
}

/// <summary>
/// What a batch of scores would do, shown to the teacher before anything is saved: new marks,
/// changed marks (old → new), unchanged ones, and the lines refused with their reason.
/// </summary>
public sealed record ScoreBatch(ClassName ClassName, Subject Subject, Term Term, Column Column,
    IReadOnlyList<ScoreChange> Changes, IReadOnlyList<EntryIssue> Issues)
{
    /// <summary>Set when the teacher may not enter these scores at all; then nothing else is filled.</summary>
    public Teachers.Refusal? Refused { get; init; }

    public IReadOnlyList<ScoreChange> New => Changes.Where(c => c.IsNew).ToList();

    public IReadOnlyList<ScoreChange> Corrected => Changes.Where(c => !c.IsNew && c.Changes).ToList();

    public int Unchanged => Changes.Count(c => !c.Changes);

    public bool HasSomethingToSave => Changes.Any(c => c.Changes);
}
