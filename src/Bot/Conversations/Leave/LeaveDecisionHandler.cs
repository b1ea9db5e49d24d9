using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>«Duyệt» (/duyet) and «Từ chối» (/tuchoi) on a leave request; the parent is told either way, in their chat's language.</summary>
public sealed class LeaveDecisionHandler(bool approve, ILeaveRequests requests, LeaveDecisions decisions, IStudentDirectory students,
    INotifier notifier, Catalogues catalogues, SchoolCalendar calendar) : ICommandHandler
{
    public CommandInfo Info { get; } = approve
        ? new("duyet", "approve", Audience.Teacher, "Duyệt đơn xin nghỉ", "Approve a leave request") { InMenu = false }
        : new("tuchoi", "decline", Audience.Teacher, "Từ chối đơn xin nghỉ", "Decline a leave request") { InMenu = false };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        if (!Guid.TryParse(arguments.Trim(), out var id) || await requests.FindAsync(id, cancellationToken) is not { } request || await students.FindAsync(request.Student, cancellationToken) is not { } child)
        {
            turn.Say(turn.Texts.Leave.NotFound);
            return;
        }
        if (request.Status != LeaveStatus.Pending)
        {
            turn.Say(turn.Texts.Leave.AlreadyDecided(request.Status == LeaveStatus.Approved));
            return;
        }
        var (decided, refused) = await decisions.DecideAsync(teacher, request, approve, calendar.Now, calendar.IsClosed, cancellationToken);
        if (refused is { } r) { turn.Say(TeacherGate.Explain(turn, r)); return; }
        turn.Say(turn.Texts.Leave.Decided(decided!, child));
        var parent = ChatAddress.Parse(request.ParentChat);
        var texts = await catalogues.OfAsync(parent, cancellationToken);
        await notifier.NotifyAsync($"leave:{request.Id:N}:{decided!.Status}:{request.ParentChat}", parent,
            new Reply(texts.Leave.ForParent(decided, child, teacher.FullName)) { Language = texts.Language }, CodeHolder.Student(child.Code), cancellationToken);
    }
}
