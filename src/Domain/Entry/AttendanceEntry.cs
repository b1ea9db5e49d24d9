using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Entry;

/// <summary>
/// A homeroom teacher's roll call for one session: "HS0012 K", "7 P", previewed then saved; "HS0012 CM"
/// (có mặt) removes an absence recorded by mistake.
/// </summary>
public sealed class AttendanceEntry(IStudentDirectory students, IAttendanceBook attendance, ISchoolRecords records)
{
    public async Task<AbsenceBatch> PreviewAsync(Teacher teacher, ClassName className, DateOnly date, DaySession session,
        IReadOnlyList<string> lines, bool termClosed = false, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (Authorization.Check(teacher, TeacherAction.RecordAttendance, className, null, termClosed, reason) is { } refusal)
            return new AbsenceBatch(className, date, session, [], []) { Refused = refusal };
        var reader = await RosterLines.LoadAsync(students, className, lines, cancellationToken);
        // The class's absences in one read, at the first line: every line names a student of the class.
        ILookup<StudentCode, Absence>? recorded = null;
        var changes = new List<AbsenceChange>();
        foreach (var (line, text, student, value) in reader.Read(lines))
        {
            var present = Absence.IsPresentMark(value);
            var excused = false;
            if (!present && !Absence.TryParseExcused(value, out excused))
            {
                reader.Issues.Add(new EntryIssue(line, text, EntryProblem.InvalidExcused));
                reader.Reject(student.Code);
                continue;
            }
            var absence = new Absence(student.Code, date, session, excused);
            recorded ??= await attendance.AbsencesOfAsync(reader.Roster.Select(s => s.Code).ToList(), cancellationToken);
            var before = recorded[student.Code].FirstOrDefault(a => a.Key == absence.Key);
            changes.Add(new AbsenceChange(student, before, present ? null : absence));
        }
        return new AbsenceBatch(className, date, session, changes, reader.Issues.OrderBy(i => i.Line).ToList());
    }

    /// <summary>How the audit trail writes "present after all".</summary>
    public const string PresentMark = "có mặt";

    /// <summary>Saves what changed, audited; returns the absences saved, for the parents' alerts.</summary>
    public Task<IReadOnlyList<AbsenceChange>> ApplyAsync(AbsenceBatch batch, Actor actor, DateTimeOffset now, CancellationToken cancellationToken) =>
        ApplyAsync(batch, actor, now, null, cancellationToken);

    /// <summary>
    /// Saves the batch as one unit of work: <paramref name="causes"/> adds to the change what the saved
    /// absences cause (the parents' alerts), and the absences, the audit and those messages are written together.
    /// </summary>
    public async Task<IReadOnlyList<AbsenceChange>> ApplyAsync(AbsenceBatch batch, Actor actor, DateTimeOffset now,
        Func<IReadOnlyList<AbsenceChange>, ChangeSet, CancellationToken, Task>? causes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Refused is not null) throw new InvalidOperationException("a refused batch cannot be saved");
        var saved = batch.Changes.Where(c => c.Changes).ToList();
        var changes = new ChangeSet();
        foreach (var change in saved)
        {
            var absence = change.Absence!;
            if (change.After is { } after) changes.Absences.Add(after);
            else changes.ClearedAbsences.Add(absence);
            changes.Audit.Add(AuditEntry.Record(actor, now, change.Student.Code.Value,
                $"Vắng {VietnameseFormat.Date(absence.Date)} buổi {absence.Session.Vietnamese()}", change.Before?.Mark, change.After?.Mark ?? PresentMark));
        }
        if (causes is not null) await causes(saved, changes, cancellationToken);
        await records.SaveAsync(changes, cancellationToken);
        return saved;
    }
}
