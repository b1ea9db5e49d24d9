using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// /renluyen for the homeroom teacher: <c>/renluyen HS0012 hk1 Tốt</c> sets a term's training result,
/// <c>/renluyen HS0012 nx Em tiến bộ rõ</c> writes a remark. Shown first, saved on «Xác nhận».
/// </summary>
public sealed class TeacherConduct(ConductEntry entry, IStudentDirectory students, SchoolCalendar calendar, SchoolProfiles profiles) : IConfirmingFlow
{
    public async Task StartAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (text, reason) = Reasons.Split(arguments);
        var parts = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        if (parts.Length < 3 || !StudentCode.TryParse(parts[0], out var code) || await students.FindAsync(code, cancellationToken) is not { } student)
        {
            turn.Say(turn.Texts.Entry.ConductUsage);
            return;
        }
        var kind = VietnameseText.Fold(parts[1]);
        if (kind is "nx" or "nhan xet")
        {
            if (ConductEntry.CheckRemark(teacher, student) is { } refused) { turn.Say(TeacherGate.Explain(turn, refused)); return; }
            turn.Enter(new ConfirmingRemark(code, parts[2]));
            turn.Say(new Reply(turn.Texts.Entry.RemarkPreview(student, parts[2])) { Buttons = TeacherGate.ConfirmButtons(turn) });
            return;
        }
        if (kind is not ("hk1" or "hk2") || !LevelNames.TryParse(parts[2], out var level))
        {
            turn.Say(turn.Texts.Entry.ConductUsage);
            return;
        }
        var term = kind == "hk1" ? Term.I : Term.II;
        if (ConductEntry.CheckLevel(teacher, student, (await profiles.OfAsync(student.ClassName.School, cancellationToken)).IsClosed(term), reason) is { } refusal) { turn.Say(TeacherGate.Explain(turn, refusal)); return; }
        var before = await entry.LevelBeforeAsync(student, term, cancellationToken);
        turn.Enter(new ConfirmingConduct(code, term, level, reason));
        turn.Say(new Reply(turn.Texts.Entry.LevelPreview(term, student, before, level)) { Buttons = TeacherGate.ConfirmButtons(turn) });
    }

    public bool Continues(FlowState state) => state is ConfirmingConduct or ConfirmingRemark;

    public Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        turn.Say(turn.Texts.Entry.ConductWaiting);
        return Task.CompletedTask;
    }

    public async Task ConfirmAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var flow = turn.State.Flow;
        turn.EndFlow();
        switch (flow)
        {
            case ConfirmingConduct c when await students.FindAsync(c.Student, cancellationToken) is { } student:
                var closed = (await profiles.OfAsync(student.ClassName.School, cancellationToken)).IsClosed(c.Term);
                if (ConductEntry.CheckLevel(teacher, student, closed, c.Reason) is { } refused) { turn.Say(TeacherGate.Explain(turn, refused)); break; }
                await entry.SetLevelAsync(teacher, student, c.Term, c.Level, new Actor(teacher.Code, turn.Chat.Channel, c.Reason), calendar.Now, closed, cancellationToken);
                turn.Say(turn.Texts.Entry.LevelSaved(c.Term, student, c.Level));
                break;
            case ConfirmingRemark r when await students.FindAsync(r.Student, cancellationToken) is { } student:
                if (ConductEntry.CheckRemark(teacher, student) is { } refusal) { turn.Say(TeacherGate.Explain(turn, refusal)); break; }
                await entry.WriteAsync(teacher, student, calendar.CurrentTermOf(await profiles.OfAsync(student.ClassName.School, cancellationToken)), calendar.Today, r.Text, new Actor(teacher.Code, turn.Chat.Channel, null), calendar.Now, cancellationToken);
                turn.Say(turn.Texts.Entry.RemarkSaved(student));
                break;
        }
    }
}
