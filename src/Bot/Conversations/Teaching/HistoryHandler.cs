using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>/lichsu &lt;mã&gt;: every change to a student's records — who, when, old → new, why, through which channel.</summary>
public sealed class HistoryHandler(IStudentDirectory students, ITeacherDirectory teachers, IAuditLog audit, SchoolCalendar calendar) : ICommandHandler
{
    private const int Shown = 40;

    public CommandInfo Info { get; } = new("lichsu", "history", Audience.Teacher, "Lịch sử thay đổi hồ sơ một học sinh", "A student's audit trail")
    {
        Phrases = ["lich su"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return Task.CompletedTask;
        if (!StudentCode.TryParse(arguments.Trim(), out var code) || students.Find(code) is not { } student)
        {
            turn.Say("Gõ /lichsu <mã học sinh>, ví dụ /lichsu HS0012.");
            return Task.CompletedTask;
        }
        if (Authorization.Check(teacher, TeacherAction.ViewHistory, student.ClassName) is { } refusal)
        {
            turn.Say(TeacherGate.Explain(refusal));
            return Task.CompletedTask;
        }
        var entries = audit.About(code.Value);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"🗂 Lịch sử thay đổi — {ChatTexts.Describe(student)}");
        if (entries.Count == 0) text.Append("\nChưa có thay đổi nào được ghi.");
        if (entries.Count > Shown) text.Append(CultureInfo.InvariantCulture, $"\n({entries.Count - Shown} thay đổi cũ hơn không hiện.)");
        foreach (var entry in entries.TakeLast(Shown)) text.Append('\n').Append(Line(entry));
        turn.Say(text.ToString());
        return Task.CompletedTask;
    }

    private string Line(AuditEntry entry)
    {
        var who = teachers.Find(entry.Actor) is { } t ? $"{t.FullName} ({t.Code})" : entry.Actor;
        var change = (entry.OldValue, entry.NewValue) switch
        {
            (null, { } added) => $"ghi {added}",
            ({ } removed, null) => $"bỏ {removed}",
            var (old, now) => $"{old} → {now}",
        };
        var why = string.IsNullOrWhiteSpace(entry.Reason) ? "" : $" — {entry.Reason}";
        return $"• {VietnameseFormat.Moment(calendar.ToLocal(entry.At))}, {who} qua {entry.Channel}: {entry.What}: {change}{why}";
    }
}
