using SoLienLac.Domain.Privacy;
using System.Text;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>/lichsu &lt;mã&gt;: every change to a student's records — who, when, old → new, why, through which channel.</summary>
public sealed class HistoryHandler(IStudentDirectory students, ITeacherDirectory teachers, IAuditLog audit, SchoolCalendar calendar, Privacy.AccessRecorder access)
    : ICommandHandler
{
    private const int Shown = 40;

    public CommandInfo Info { get; } = new("lichsu", "history", Audience.Teacher, "Lịch sử thay đổi hồ sơ một học sinh", "A student's audit trail")
    {
        Phrases = ["lich su"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        if (!StudentCode.TryParse(arguments.Trim(), out var code) || await students.FindAsync(code, cancellationToken) is not { } student)
        {
            turn.Say(turn.Texts.Teaching.HistoryUsage);
            return;
        }
        if (Authorization.Check(teacher, TeacherAction.ViewHistory, student.ClassName) is { } refusal)
        {
            turn.Say(TeacherGate.Explain(turn, refusal));
            return;
        }
        var entries = await audit.AboutAsync(code.Value, cancellationToken);
        var words = turn.Texts.Teaching;
        var text = new StringBuilder(words.HistoryHeading(turn.Texts.Chat.Describe(student)));
        if (entries.Count == 0) text.Append('\n').Append(words.HistoryEmpty);
        if (entries.Count > Shown) text.Append('\n').Append(words.HistoryOlder(entries.Count - Shown));
        foreach (var entry in entries.TakeLast(Shown)) text.Append('\n').Append(await LineAsync(turn.Texts, entry, cancellationToken));
        turn.Say(text.ToString());
        access.Saw(code, teacher.Code, teacher.FullName, AccessRole.Teacher, turn.Chat.Channel, Info.Name);
    }

    private async Task<string> LineAsync(Catalogue texts, AuditEntry entry, CancellationToken cancellationToken)
    {
        var who = await teachers.FindAsync(entry.Actor, cancellationToken) is { } t ? $"{t.FullName} ({t.Code})" : entry.Actor;
        var change = (entry.OldValue, entry.NewValue) switch
        {
            (null, { } added) => texts.Teaching.HistoryAdded(added),
            ({ } removed, null) => texts.Teaching.HistoryRemoved(removed),
            var (old, now) => $"{old} → {now}",
        };
        return texts.Teaching.HistoryLine(texts.Format.Moment(calendar.ToLocal(entry.At)), who, entry.Channel, entry.What, change, entry.Reason);
    }
}
