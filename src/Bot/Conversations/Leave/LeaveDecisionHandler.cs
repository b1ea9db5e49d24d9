using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>«Duyệt» (/duyet) and «Từ chối» (/tuchoi) on a leave request; the parent is told either way.</summary>
public sealed class LeaveDecisionHandler(bool approve, ILeaveRequests requests, LeaveDecisions decisions, IStudentDirectory students,
    INotifier notifier, SchoolCalendar calendar) : ICommandHandler
{
    public CommandInfo Info { get; } = approve
        ? new("duyet", "approve", Audience.Teacher, "Duyệt đơn xin nghỉ", "Approve a leave request") { InMenu = false }
        : new("tuchoi", "decline", Audience.Teacher, "Từ chối đơn xin nghỉ", "Decline a leave request") { InMenu = false };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        if (!Guid.TryParse(arguments.Trim(), out var id) || requests.Find(id) is not { } request || students.Find(request.Student) is not { } child)
        {
            turn.Say("Không tìm thấy đơn này. Gõ /donnghi để xem các đơn đang chờ.");
            return;
        }
        if (request.Status != LeaveStatus.Pending)
        {
            turn.Say($"Đơn này đã được xử lý ({(request.Status == LeaveStatus.Approved ? "đã duyệt" : "đã từ chối")}).");
            return;
        }
        var (decided, refused) = decisions.Decide(teacher, request, approve, calendar.Now, calendar.IsClosed);
        if (refused is { } r) { turn.Say(TeacherGate.Explain(r)); return; }
        turn.Say(LeaveMessages.Decided(decided!, child));
        await notifier.NotifyAsync($"leave:{request.Id:N}:{decided!.Status}:{request.ParentChat}", ChatAddress.Parse(request.ParentChat),
            LeaveMessages.ForParent(decided, child, teacher.FullName), CodeHolder.Student(child.Code), cancellationToken);
    }
}
