using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>«Duyệt» (/duyet) and «Từ chối» (/tuchoi) on a leave request; the parent is told either way, in their chat's language.</summary>
public sealed class LeaveDecisionHandler(bool approve, ILeaveRequests requests, LeaveDecisions decisions, IStudentDirectory students,
    OutboxSignal signal, Catalogues catalogues, SchoolCalendar calendar, SchoolProfiles profiles) : ICommandHandler
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
        // A request kept after the parent's data was erased has no chat left to answer: decided on record only.
        var erased = request.ParentChat == Domain.Privacy.ErasureRequest.Erased;
        var parent = erased ? default : ChatAddress.Parse(request.ParentChat);
        var texts = erased ? catalogues.Default : await catalogues.OfAsync(parent, cancellationToken);
        var now = calendar.Now;
        var school = await profiles.OfAsync(child.ClassName.School, cancellationToken);
        // The answer to the parent is saved with the decision's absences: one unit of work.
        var (decided, refused) = await decisions.DecideAsync(teacher, request, approve, now, day => calendar.IsClosed(day, school), (answered, changes, _) =>
        {
            if (erased) return Task.CompletedTask;
            changes.Messages.Add(OutboxMessages.Of($"leave:{request.Id:N}:{answered.Status}:{request.ParentChat}", parent,
                new Reply(texts.Leave.ForParent(answered, child, teacher.FullName)) { Language = texts.Language }, now, now, CodeHolder.Student(child.Code)));
            return Task.CompletedTask;
        }, cancellationToken);
        if (refused is { } r) { turn.Say(TeacherGate.Explain(turn, r)); return; }
        signal.Raise();
        turn.Say(turn.Texts.Leave.Decided(decided!, child));
    }
}
