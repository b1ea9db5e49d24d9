using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Bot.Conversations.Talk;

/// <summary>
/// /tamngung id [days] («Tạm ngừng nhận 7 ngày» under a family's message): the teacher takes no messages
/// from that family for a while (0 days: again at once). The family is told so, politely, when they write.
/// </summary>
public sealed class MuteHandler(ITalkThreads threads, IStudentDirectory students, SchoolCalendar calendar) : ICommandHandler
{
    public const int DefaultDays = 7;

    public const int MaxDays = 90;

    public CommandInfo Info { get; } = new("tamngung", "mute", Audience.Teacher, "Tạm ngừng nhận tin của một gia đình", "Mute a family for a while")
    {
        InMenu = false,
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var (id, rest) = TalkIds.Split(arguments);
        var days = DefaultDays;
        if (id is null || (rest.Length > 0 && (!int.TryParse(rest, out days) || days < 0 || days > MaxDays))
            || await threads.FindAsync(id.Value, cancellationToken) is not { } message || await students.FindAsync(message.Student, cancellationToken) is not { } child)
        {
            turn.Say(turn.Texts.Talk.NotFound);
            return;
        }
        if (message.Teacher != teacher.Code) { turn.Say(turn.Texts.Talk.NotYours); return; }
        var now = calendar.Now;
        var until = days == 0 ? now : now.AddDays(days);
        await threads.MuteAsync(new TalkMute(child.Code, teacher.Code, until, now), cancellationToken);
        turn.Say(days == 0 ? turn.Texts.Talk.Unmuted(child) : turn.Texts.Talk.MutedFamily(child, turn.Texts.Format.Moment(calendar.ToLocal(until))));
    }
}
