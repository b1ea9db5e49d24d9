using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishLeaveTexts : ILeaveTexts
{
    private static readonly EnglishFormats Values = new();

    public string Format(DateOnly example) =>
        "Send it as: date session reason — the session is morning, afternoon or all-day (or sang, chieu, ca-ngay). For example:\n" +
        $"{VietnameseFormat.Date(example)} morning Fever";

    public string Describe(IEnumerable<LeaveSession> sessions) =>
        string.Join(", ", sessions.GroupBy(s => s.Date).Select(g =>
            g.Count() == 2 ? $"all day {Values.Day(g.Key)}" : $"{Values.Session(g.First().Session)} of {Values.Day(g.Key)}"));

    public string Ask(Student child, string format)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Leave request for {child.FullName}. {format}";
    }

    public string Unreadable(string format) => $"The request could not be read. {format}";

    public string Sent(Student child, IEnumerable<LeaveSession> sessions, bool delivered)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"📨 The leave request for {child.FullName} was sent: {Describe(sessions)}. " +
            (delivered ? "The homeroom teacher will answer here." : "The homeroom teacher will see it when they open the contact book (/requests).");
    }

    public string ForTeacher(LeaveRequest request, Student child)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return $"📩 Leave request: {child.FullName} ({child.Code}, class {child.ClassName}), {Describe(request.Sessions)}.\nReason: {request.Reason}";
    }

    public string ApproveButton => "Approve";

    public string DeclineButton => "Decline";

    public string ForParent(LeaveRequest request, Student child, string teacherName)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return request.Status == LeaveStatus.Approved
            ? $"✅ {teacherName} approved the leave request for {child.FullName}: {Describe(request.Sessions)} (recorded as excused)."
            : $"❌ {teacherName} did not approve the leave request for {child.FullName}: {Describe(request.Sessions)}. Please contact the homeroom teacher.";
    }

    public string Decided(LeaveRequest request, Student child)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return $"{(request.Status == LeaveStatus.Approved ? "✅ Approved" : "❌ Declined")} the leave request for {child.FullName}: {Describe(request.Sessions)}. The parents have been told.";
    }

    public string TooManyPending(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"{child.FullName} already has {LeaveRequest.MaxPendingPerStudent} leave requests waiting for the homeroom teacher. " +
            "Please wait for the teacher to answer them before sending a new one; if it is urgent, please contact the homeroom teacher directly.";
    }

    public string InClosedTerm(DateOnly day) =>
        $"{VietnameseFormat.Date(day)} is in a term the school has closed, so leave for it cannot be asked through the bot. " +
        "Please contact the homeroom teacher directly.";

    public string NotFound => "This request was not found. Type /requests to see the requests waiting.";

    public string AlreadyDecided(bool approved) => $"This request has already been decided ({(approved ? "approved" : "declined")}).";

    public string NonePending => "No leave requests are waiting.";

    public string PendingHeading => "📩 Leave requests waiting for a decision:";

    public string Line(LeaveRequest request, Student child)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return $"• {child.FullName} ({child.Code}, {child.ClassName}): {Describe(request.Sessions)} — {request.Reason} (sent {VietnameseFormat.Date(DateOnly.FromDateTime(request.CreatedAt.UtcDateTime))})";
    }

    public string ApproveFor(StudentCode student) => $"Approve {student}";

    public string DeclineFor(StudentCode student) => $"Decline {student}";
}
