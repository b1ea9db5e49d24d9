using SoLienLac.Bot.Conversations.Privacy;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Talk;

/// <summary>
/// /traloi [id] [text] («Trả lời» under a family's message): the teacher answers that message, or the last
/// one a family wrote to them; the answer reaches the chat that wrote, in the family's allowed hours.
/// </summary>
public sealed class ReplyHandler(ITalkThreads threads, IStudentDirectory students, TalkDesk desk, AccessRecorder access, SchoolCalendar calendar)
    : ICommandHandler, IFlowHandler
{
    public CommandInfo Info { get; } = new("traloi", "reply", Audience.Teacher, "Trả lời tin nhắn của phụ huynh", "Answer a family's message")
    {
        Phrases = ["tra loi phu huynh", "tra loi tin nhan"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var (id, text) = TalkIds.Split(arguments);
        var to = id is { } given ? await threads.FindAsync(given, cancellationToken) : await threads.LastReceivedAsync(teacher.Code, cancellationToken);
        if (to is null) { turn.Say(id is null ? turn.Texts.Talk.NothingToReply : turn.Texts.Talk.NotFound); return; }
        if (await ChildOfAsync(turn, teacher, to, cancellationToken) is not { } child) return;
        if (text.Length == 0)
        {
            turn.Say(await desk.ThreadAsync(turn.Texts, child, teacher, 6, cancellationToken));
            turn.Say(turn.Texts.Talk.AskReply(child, await desk.ParentAsync(turn.Texts, to.Chat, child.Code, cancellationToken)));
            turn.Enter(new AwaitingAnswer(to.Id));
            return;
        }
        await AnswerAsync(turn, teacher, to, child, text, cancellationToken);
    }

    public bool Continues(FlowState state) => state is AwaitingAnswer;

    public async Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.State.Flow is not AwaitingAnswer step || TeacherGate.Resolve(turn) is not { } teacher) return;
        if (await threads.FindAsync(step.Message, cancellationToken) is not { } to) { turn.EndFlow(); turn.Say(turn.Texts.Talk.NotFound); return; }
        if (await ChildOfAsync(turn, teacher, to, cancellationToken) is not { } child) { turn.EndFlow(); return; }
        await AnswerAsync(turn, teacher, to, child, turn.Text.Trim(), cancellationToken);
    }

    /// <summary>The child a message is about, when it was written to this teacher; otherwise says why not.</summary>
    private async Task<Student?> ChildOfAsync(Turn turn, Teacher teacher, TalkMessage to, CancellationToken cancellationToken)
    {
        if (to.Teacher != teacher.Code) { turn.Say(turn.Texts.Talk.NotYours); return null; }
        var child = await students.FindAsync(to.Student, cancellationToken);
        if (child is null) turn.Say(turn.Texts.Talk.NotFound);
        return child;
    }

    private async Task AnswerAsync(Turn turn, Teacher teacher, TalkMessage to, Student child, string text, CancellationToken cancellationToken)
    {
        if (text.Length > TalkMessage.MaxLength) { turn.Say(turn.Texts.Talk.TooLong(TalkMessage.MaxLength)); return; }
        turn.EndFlow();
        var sent = await desk.AnswerAsync(teacher, to, child, text, cancellationToken);
        access.Saw(child.Code, teacher.Code, teacher.FullName, AccessRole.Teacher, turn.Chat.Channel, Info.Name);
        turn.Say(turn.Texts.Talk.Replied(child, sent.Held ? turn.Texts.Format.Moment(calendar.ToLocal(sent.Message.DeliverAt)) : null));
    }
}

/// <summary>The message id a button carries ("/traloi 3f2a…"), and what follows it.</summary>
public static class TalkIds
{
    public static (Guid? Id, string After) Split(string arguments)
    {
        var text = (arguments ?? "").Trim();
        var space = text.IndexOfAny([' ', '\n']);
        var first = space < 0 ? text : text[..space];
        return Guid.TryParseExact(first, "N", out var id) || Guid.TryParseExact(first, "D", out id)
            ? (id, space < 0 ? "" : text[space..].Trim())
            : (null, text);
    }
}
