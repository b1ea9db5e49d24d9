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
    public async Task<(LeaveRequest? Decided, Refusal? Refused)> DecideAsync(Teacher teacher, LeaveRequest request, bool approve, DateTimeOffset now,
        Func<DateOnly, bool> isClosed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(isClosed);
        var student = await students.FindAsync(request.Student, cancellationToken) ?? throw new InvalidOperationException($"no student {request.Student}");
        if (Authorization.Check(teacher, TeacherAction.DecideLeave, student.ClassName) is { } refusal) return (null, refusal);
        if (approve && request.Sessions.Any(s => isClosed(s.Date))
            && Authorization.Check(teacher, TeacherAction.RecordAttendance, student.ClassName, null, termClosed: true, $"đơn xin nghỉ: {request.Reason}") is { } closed)
            return (null, closed);

        var decided = request.Decide(approve, teacher.Code, now);
        await requests.SaveAsync(decided, cancellationToken);
        if (!approve) return (decided, null);

        var actor = new Actor(teacher.Code, "leave", $"đơn xin nghỉ: {request.Reason}");
        var existing = (await attendance.AbsencesOfAsync(student.Code, cancellationToken)).ToDictionary(a => a.Key);
        var changes = new ChangeSet();
        foreach (var session in request.Sessions)
        {
            var absence = new Absence(student.Code, session.Date, session.Session, Excused: true);
            existing.TryGetValue(absence.Key, out var before);
            if (before == absence) continue;
            changes.Absences.Add(absence);
            changes.Audit.Add(AuditEntry.Record(actor, now, student.Code.Value,
                $"Vắng {VietnameseFormat.Date(session.Date)} buổi {session.Session.Vietnamese()}", before?.Mark, absence.Mark));
        }
        await records.SaveAsync(changes, cancellationToken);
        return (decided, null);
    }
}
