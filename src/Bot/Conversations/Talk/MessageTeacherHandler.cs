using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Privacy;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Talk;

/// <summary>
/// /nhangv [môn] text: a parent writes to the child's homeroom teacher, or to the teacher of the subject
/// in the child's class. Bare, it shows the thread so far and waits for the message.
/// </summary>
public sealed class MessageTeacherHandler(TalkDesk desk, ITeacherDirectory teachers, AccessRecorder access, SchoolCalendar calendar,
    SchoolProfiles profiles) : ICommandHandler, IFlowHandler
{
    /// <summary>Lines of the thread shown above the question.</summary>
    private const int ThreadShown = 6;

    public CommandInfo Info { get; } = new("nhangv", "message", Audience.Parent, "Nhắn tin cho giáo viên", "Message a teacher")
    {
        Phrases = ["nhan giao vien", "nhan tin giao vien", "nhan tin cho giao vien", "nhan co giao", "nhan thay giao", "message teacher"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (ChildChoice.Resolve(turn, "/nhangv") is not { } child) return;
        var (subject, text) = SplitSubject(arguments);
        if (await desk.TeacherOfAsync(child, subject, cancellationToken) is not { } teacher)
        {
            turn.Say(turn.Texts.Talk.NoTeacher(child, subject?.Name, (await profiles.OfAsync(child.ClassName.School, cancellationToken)).Phone));
            return;
        }
        if (text.Length == 0)
        {
            turn.Say(await desk.ThreadAsync(turn.Texts, child, teacher, ThreadShown, cancellationToken));
            turn.Say(turn.Texts.Talk.Ask(child, TalkDesk.Describe(turn.Texts, teacher, child.ClassName)));
            turn.Enter(new AwaitingMessage(child.Code, teacher.Code));
            return;
        }
        await WriteAsync(turn, child, teacher, text, cancellationToken);
    }

    public bool Continues(FlowState state) => state is AwaitingMessage;

    public async Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.State.Flow is not AwaitingMessage step) return;
        var child = turn.Children.FirstOrDefault(c => c.Code == step.Student);
        if (child is null || await teachers.FindAsync(step.Teacher, cancellationToken) is not { HasLeft: false } teacher)
        {
            turn.EndFlow();
            turn.Say(turn.Texts.Talk.NotFound);
            return;
        }
        await WriteAsync(turn, child, teacher, turn.Text.Trim(), cancellationToken);
    }

    private async Task WriteAsync(Turn turn, Student child, Teacher teacher, string text, CancellationToken cancellationToken)
    {
        var words = turn.Texts.Talk;
        if (text.Length > TalkMessage.MaxLength)
        {
            turn.Say(words.TooLong(TalkMessage.MaxLength));
            return;
        }
        turn.EndFlow();
        var describe = TalkDesk.Describe(turn.Texts, teacher, child.ClassName);
        // The child's school's telephone, for what cannot wait.
        var phone = (await profiles.OfAsync(child.ClassName.School, cancellationToken)).Phone;
        if (await desk.MuteOfAsync(child, teacher, cancellationToken) is { } mute && mute.Holds(calendar.Now))
        {
            turn.Say(words.Muted(describe, turn.Texts.Format.Moment(calendar.ToLocal(mute.Until)), phone));
            return;
        }
        var sent = await desk.WriteToTeacherAsync(child, turn.Chat, teacher, text, cancellationToken);
        // The teacher is given the child's name, class and the family's words: in the access log as theirs.
        access.Saw(child.Code, teacher.Code, teacher.FullName, AccessRole.Teacher, turn.Chat.Channel, Info.Name);
        var held = sent.Held ? turn.Texts.Format.Moment(calendar.ToLocal(sent.Message.DeliverAt)) : null;
        turn.Say(words.Sent(describe, sent.Hours!, held, sent.Chats > 0, phone));
    }

    /// <summary>
    /// "Toán con hỏi về bài tập" → (Toán, "con hỏi về bài tập"): the longest subject the message starts with,
    /// by its full name ("Tiếng Anh", "Tin học"), or by a short name followed by a colon ("Anh: …") — a
    /// message that merely starts with "Tin nhắn…" or "Anh ơi…" goes to the homeroom teacher.
    /// </summary>
    public static (Subject? Subject, string Text) SplitSubject(string arguments)
    {
        var text = (arguments ?? "").Trim();
        // Where each of the first five words ends: the message after the subject keeps its own lines and spaces.
        var ends = new List<int>();
        for (var i = 0; i < text.Length && ends.Count < 5; i++)
            if (!char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) ends.Add(i + 1);
        for (var n = ends.Count; n >= 1; n--)
        {
            var prefix = text[..ends[n - 1]];
            var named = prefix.TrimEnd(':', ',');
            if (SubjectCatalog.Find(named) is { } subject && (prefix.EndsWith(':') || VietnameseText.SameWords(named, subject.Name)))
                return (subject, text[ends[n - 1]..].Trim());
        }
        return (null, text);
    }
}
