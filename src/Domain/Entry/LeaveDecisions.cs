using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Domain.Entry;

/// <summary>
/// The homeroom teacher's answer to a leave request: approving records the sessions as excused (P).
/// A session in a closed term follows the roll call's rule: only an admin changes it, the request's
/// own reason standing as the reason.
/// </summary>
public sealed class LeaveDecisions(IStudentDirectory students, IAttendanceBook attendance, ILeaveRequests requests, ISchoolRecords records)
{
    /// <returns>The decided request, or why the teacher may not decide it.</returns>
    /// <param name="isClosed">Whether a date falls in a term the school has closed.</param>
    public Task<(LeaveRequest? Decided, Refusal? Refused)> DecideAsync(Teacher teacher, LeaveRequest request, bool approve, DateTimeOffset now,
        Func<DateOnly, bool> isClosed, CancellationToken cancellationToken) =>
        DecideAsync(teacher, request, approve, now, isClosed, null, cancellationToken);

    /// <summary>
    /// Decides as one unit of work: <paramref name="causes"/> adds to the change what the decision
    /// causes (the answer to the parent), saved with the absences and their audit. They are saved
    /// before the request: a decision cut short in between is made again by the same press, finds
    /// the absences there and the answer's id in the outbox, and adds nothing twice.
    /// </summary>
    public async Task<(LeaveRequest? Decided, Refusal? Refused)> DecideAsync(Teacher teacher, LeaveRequest request, bool approve, DateTimeOffset now,
        Func<DateOnly, bool> isClosed, Func<LeaveRequest, ChangeSet, CancellationToken, Task>? causes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(isClosed);
        var student = await students.FindAsync(request.Student, cancellationToken) ?? throw new InvalidOperationException($"no student {request.Student}");
        if (Authorization.Check(teacher, TeacherAction.DecideLeave, student.ClassName) is { } refusal) return (null, refusal);
        if (approve && request.Sessions.Any(s => isClosed(s.Date))
            && Authorization.Check(teacher, TeacherAction.RecordAttendance, student.ClassName, null, termClosed: true, $"đơn xin nghỉ: {request.Reason}") is { } closed)
            return (null, closed);

        var decided = request.Decide(approve, teacher.Code, now);
        var changes = new ChangeSet();
        if (approve) await AbsencesAsync(teacher, student.Code, request, now, changes, cancellationToken);
        if (causes is not null) await causes(decided, changes, cancellationToken);
        await records.SaveAsync(changes, cancellationToken);
        await requests.SaveAsync(decided, cancellationToken);
        return (decided, null);
    }

    /// <summary>The request's sessions as excused absences, each audited, those already so left out.</summary>
    private async Task AbsencesAsync(Teacher teacher, StudentCode student, LeaveRequest request, DateTimeOffset now, ChangeSet changes,
        CancellationToken cancellationToken)
    {
        var actor = new Actor(teacher.Code, "leave", $"đơn xin nghỉ: {request.Reason}");
        var existing = (await attendance.AbsencesOfAsync(student, cancellationToken)).ToDictionary(a => a.Key);
        foreach (var session in request.Sessions)
        {
            var absence = new Absence(student, session.Date, session.Session, Excused: true);
            existing.TryGetValue(absence.Key, out var before);
            if (before == absence) continue;
            changes.Absences.Add(absence);
            changes.Audit.Add(AuditEntry.Record(actor, now, student.Value,
                $"Vắng {VietnameseFormat.Date(session.Date)} buổi {session.Session.Vietnamese()}", before?.Mark, absence.Mark));
        }
    }
}
