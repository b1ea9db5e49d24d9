using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Attendance;

public enum LeaveStatus
{
    Pending,
    Approved,
    Declined,
}

/// <summary>A session a leave request covers.</summary>
public sealed record LeaveSession(DateOnly Date, DaySession Session);

/// <summary>
/// A parent's request (đơn xin nghỉ) for their child to miss some sessions. The homeroom teacher
/// approves it — and the sessions are recorded as excused absences — or declines it.
/// </summary>
public sealed record LeaveRequest(Guid Id, StudentCode Student, string ParentChat, IReadOnlyList<LeaveSession> Sessions, string Reason, DateTimeOffset CreatedAt)
{
    /// <summary>
    /// Requests of one student waiting for the teacher at once. A family rarely has more than one or two;
    /// beyond three the teacher's chat would only fill up, so the next waits until one is answered.
    /// </summary>
    public const int MaxPendingPerStudent = 3;

    public LeaveStatus Status { get; init; } = LeaveStatus.Pending;

    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public static LeaveRequest Ask(StudentCode student, string parentChat, IReadOnlyList<LeaveSession> sessions, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.Count == 0) throw new ArgumentException("a leave request covers at least one session", nameof(sessions));
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException("a leave request needs a reason", nameof(reason));
        return new LeaveRequest(Guid.NewGuid(), student, parentChat, sessions, reason.Trim(), at);
    }

    public LeaveRequest Decide(bool approve, string teacherCode, DateTimeOffset at) =>
        Status != LeaveStatus.Pending
            ? throw new InvalidOperationException("this request was already decided")
            : this with { Status = approve ? LeaveStatus.Approved : LeaveStatus.Declined, DecidedBy = teacherCode, DecidedAt = at };
}
