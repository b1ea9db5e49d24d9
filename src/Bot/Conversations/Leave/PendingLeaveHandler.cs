using System.Text;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>/donnghi: the leave requests waiting for this teacher, each with «Duyệt» and «Từ chối».</summary>
public sealed class PendingLeaveHandler(ILeaveRequests requests, IStudentDirectory students) : ICommandHandler
{
    public CommandInfo Info { get; } = new("donnghi", "requests", Audience.Teacher, "Đơn xin nghỉ đang chờ duyệt", "Leave requests to decide")
    {
        Phrases = ["don nghi", "don xin nghi"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var mine = new List<(LeaveRequest Request, Student Child)>();
        foreach (var request in await requests.PendingAsync(cancellationToken))
        {
            if (await students.FindAsync(request.Student, cancellationToken) is { } child && Authorization.Check(teacher, TeacherAction.DecideLeave, child.ClassName) is null)
                mine.Add((request, child));
        }
        if (mine.Count == 0)
        {
            turn.Say(turn.Texts.Leave.NonePending);
            return;
        }
        var words = turn.Texts.Leave;
        var text = new StringBuilder(words.PendingHeading);
        foreach (var (request, child) in mine) text.Append('\n').Append(words.Line(request, child));
        turn.Say(new Reply(text.ToString())
        {
            Buttons = mine.Select(p => (IReadOnlyList<ReplyButton>)
                [new ReplyButton(words.ApproveFor(p.Child.Code), $"/duyet {p.Request.Id:N}"), new ReplyButton(words.DeclineFor(p.Child.Code), $"/tuchoi {p.Request.Id:N}")]).ToList(),
        });
    }
}
