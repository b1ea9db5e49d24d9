using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Tests.Fakes;

/// <summary>
/// Score and attendance entry called synchronously from tests: over the in-memory books every call
/// completes at once, and a test reads better without awaits.
/// </summary>
public static class EntryCalls
{
    public static ScoreBatch Preview(this ScoreEntry entry, Teacher teacher, ClassName className, Subject subject, Term term, Column column,
        IReadOnlyList<string> lines, bool termClosed = false, string? reason = null) =>
        entry.PreviewAsync(teacher, className, subject, term, column, lines, termClosed, reason).GetAwaiter().GetResult();

    public static int Apply(this ScoreEntry entry, ScoreBatch batch, Actor actor, DateTimeOffset now) =>
        entry.ApplyAsync(batch, actor, now, CancellationToken.None).GetAwaiter().GetResult();

    public static AbsenceBatch Preview(this AttendanceEntry entry, Teacher teacher, ClassName className, DateOnly date, DaySession session,
        IReadOnlyList<string> lines, bool termClosed = false, string? reason = null) =>
        entry.PreviewAsync(teacher, className, date, session, lines, termClosed, reason).GetAwaiter().GetResult();

    public static IReadOnlyList<AbsenceChange> Apply(this AttendanceEntry entry, AbsenceBatch batch, Actor actor, DateTimeOffset now) =>
        entry.ApplyAsync(batch, actor, now, CancellationToken.None).GetAwaiter().GetResult();
}
