using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>Leave requests: the form a parent fills, the request a teacher decides, the answer the parent gets.</summary>
public interface ILeaveTexts
{
    /// <summary>How to write the form, with <paramref name="example"/> (the next school day) in the example.</summary>
    string Format(DateOnly example);

    /// <summary>"buổi sáng Thứ Ba 24/11/2026, cả ngày Thứ Tư 25/11/2026".</summary>
    string Describe(IEnumerable<LeaveSession> sessions);

    string Ask(Student child, string format);

    string Unreadable(string format);

    /// <param name="delivered">Whether a homeroom teacher's chat was there to receive it.</param>
    string Sent(Student child, IEnumerable<LeaveSession> sessions, bool delivered);

    string ForTeacher(LeaveRequest request, Student child);

    string ApproveButton { get; }

    string DeclineButton { get; }

    string ForParent(LeaveRequest request, Student child, string teacherName);

    string Decided(LeaveRequest request, Student child);

    /// <summary>A family with <see cref="LeaveRequest.MaxPendingPerStudent"/> requests still waiting asks for another.</summary>
    string TooManyPending(Student child);

    /// <summary>A day of a term the school has closed: leave for it is not asked through the bot.</summary>
    string InClosedTerm(DateOnly day);

    string NotFound { get; }

    string AlreadyDecided(bool approved);

    string NonePending { get; }

    string PendingHeading { get; }

    string Line(LeaveRequest request, Student child);

    string ApproveFor(StudentCode student);

    string DeclineFor(StudentCode student);
}
