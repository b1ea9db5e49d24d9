using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>
/// /xinnghi: a parent asks leave for their child; the homeroom teacher gets it with «Duyệt» and «Từ chối»,
/// in the teacher's chat's language.
/// </summary>
public sealed class LeaveRequestHandler(ILeaveRequests requests, ITeacherDirectory teachers, IChatLinks links,
    INotifier notifier, Catalogues catalogues, SchoolCalendar calendar, SchoolProfiles profiles) : ICommandHandler, IFlowHandler
{
    public CommandInfo Info { get; } = new("xinnghi", "leave", Audience.Parent, "Xin nghỉ học cho con", "Ask leave for your child")
    {
        Phrases = ["xin nghi", "xin phep nghi"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (ChildChoice.Resolve(turn, "/xinnghi") is not { } child || await TooManyPendingAsync(turn, child, cancellationToken)) return;
        if (string.IsNullOrWhiteSpace(arguments))
        {
            turn.Enter(new AwaitingLeave(child.Code));
            turn.Say(turn.Texts.Leave.Ask(child, LeaveText.Format(turn.Texts, calendar.Today)));
            return;
        }
        await SendAsync(turn, child, arguments, cancellationToken);
    }

    public bool Continues(FlowState state) => state is AwaitingLeave;

    public async Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.State.Flow is not AwaitingLeave step) return;
        var child = turn.Children.FirstOrDefault(c => c.Code == step.Student);
        if (child is null) { turn.EndFlow(); turn.Say(turn.Texts.Chat.NotVerified); return; }
        if (await TooManyPendingAsync(turn, child, cancellationToken)) return;
        await SendAsync(turn, child, turn.Text, cancellationToken);
    }

    /// <summary>Each request reaches the teacher's chat: a family may have only so many waiting at once.</summary>
    private async Task<bool> TooManyPendingAsync(Turn turn, Student child, CancellationToken cancellationToken)
    {
        if ((await requests.OfStudentAsync(child.Code, cancellationToken)).Count(r => r.Status == LeaveStatus.Pending) < LeaveRequest.MaxPendingPerStudent) return false;
        turn.EndFlow();
        turn.Say(turn.Texts.Leave.TooManyPending(child));
        return true;
    }

    private async Task SendAsync(Turn turn, Student child, string text, CancellationToken cancellationToken)
    {
        if (LeaveText.Parse(text, calendar.Today.Year) is not { } parsed || !parsed.Sessions.All(s => calendar.Year.Contains(s.Date)))
        {
            turn.Say(turn.Texts.Leave.Unreadable(LeaveText.Format(turn.Texts, calendar.Today)));
            return;
        }
        var school = await profiles.OfAsync(child.ClassName.School, cancellationToken);
        if (parsed.Sessions.FirstOrDefault(s => calendar.IsClosed(s.Date, school)) is { } closed)
        {
            turn.EndFlow();
            turn.Say(turn.Texts.Leave.InClosedTerm(closed.Date));
            return;
        }
        turn.EndFlow();
        var request = LeaveRequest.Ask(child.Code, turn.Chat.Key, parsed.Sessions, parsed.Reason, calendar.Now);
        await requests.SaveAsync(request, cancellationToken);
        var chats = await teachers.HomeroomChatsAsync(links, child.ClassName, cancellationToken);
        var textsOf = await catalogues.OfAsync(chats.Select(c => c.Chat), cancellationToken);
        foreach (var chat in chats)
            await notifier.NotifyAsync($"leave:{request.Id:N}:ask:{chat.Chat.Key}", chat.Chat, ForTeacher(textsOf(chat.Chat), request, child),
                CodeHolder.Teacher(chat.TeacherCode), cancellationToken);
        turn.Say(turn.Texts.Leave.Sent(child, request.Sessions, chats.Count > 0));
    }

    /// <summary>The request as it reaches the homeroom teacher, with «Duyệt» and «Từ chối».</summary>
    private static Reply ForTeacher(Catalogue texts, LeaveRequest request, Student child) =>
        new(texts.Leave.ForTeacher(request, child))
        {
            Buttons = [[new ReplyButton(texts.Leave.ApproveButton, $"/duyet {request.Id:N}"), new ReplyButton(texts.Leave.DeclineButton, $"/tuchoi {request.Id:N}")]],
            Language = texts.Language,
        };
}
