using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Talk;

/// <summary>/baocao id («Báo nhà trường»): the teacher passes a family's message to the school's admins, who can read the whole thread.</summary>
public sealed class ReportHandler(ITalkThreads threads, IStudentDirectory students, ITeacherDirectory teachers, IChatLinks links,
    OutboxSignal signal, Catalogues catalogues, SchoolCalendar calendar) : ICommandHandler
{
    public CommandInfo Info { get; } = new("baocao", "report", Audience.Teacher, "Báo tin nhắn của phụ huynh cho nhà trường", "Report a family's message to the school")
    {
        InMenu = false,
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        if (TalkIds.Split(arguments).Id is not { } id || await threads.FindAsync(id, cancellationToken) is not { FromParent: true } message
            || await students.FindAsync(message.Student, cancellationToken) is not { } child)
        {
            turn.Say(turn.Texts.Talk.NotFound);
            return;
        }
        if (message.Teacher != teacher.Code) { turn.Say(turn.Texts.Talk.NotYours); return; }
        var now = calendar.Now;
        var outbox = new List<OutboxMessage>();
        var chats = await teachers.AdminChatsAsync(links, [child.ClassName.School], cancellationToken);
        var textsOf = await catalogues.OfAsync(chats.Select(c => c.Chat), cancellationToken);
        var command = $"/hoithoai {child.Code} {teacher.Code}";
        foreach (var chat in chats)
        {
            var texts = textsOf(chat.Chat);
            outbox.Add(OutboxMessages.Of($"talk-report:{message.Id:N}:{chat.Chat.Key}", chat.Chat,
                new Reply(texts.Talk.ForAdmins(teacher.FullName, child, message.Text, command)) { Language = texts.Language }, now, now, CodeHolder.Teacher(chat.TeacherCode)));
        }
        await threads.ReportAsync(message.Id, now, outbox, cancellationToken);
        if (outbox.Count > 0) signal.Raise();
        turn.Say(turn.Texts.Talk.Reported(child));
    }
}
