using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// /diemdanh: the homeroom teacher records absences for a session — today's, or a date given as
/// dd/MM/yyyy — as lines "mã P|K" or "stt P|K", or "mã CM" (có mặt) to remove an absence recorded by
/// mistake. Previewed, saved on «Xác nhận», and the parents of each student concerned are told at once.
/// </summary>
public sealed class AttendanceEntryHandler(AttendanceEntry entry, AbsenceAlert alert, IStudentDirectory students, SchoolCalendar calendar, SchoolProfiles profiles)
    : ICommandHandler, IConfirmingFlow
{
    public CommandInfo Info { get; } = new("diemdanh", "absent", Audience.Teacher, "Điểm danh: ghi học sinh vắng (P/K)", "Record absences")
    {
        Phrases = ["ghi vang"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var (text, reason) = Reasons.Split(arguments);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0 || !ClassName.TryParse(words[0], out var className))
        {
            var classes = Authorization.ClassesOf(teacher, await students.ClassesAsync(cancellationToken)).Where(c => teacher.IsHomeroomOf(c)).ToList();
            if (classes.Count == 0) { turn.Say(turn.Texts.Teaching.NotAssigned); return; }
            turn.Say(new Reply(turn.Texts.RollCall.AbsencesWhichClass) { Buttons = [classes.Select(c => TeacherGate.ClassButton(teacher, c, "/diemdanh")).ToList()] });
            return;
        }
        className = teacher.Place(className);
        words.RemoveAt(0);
        var date = calendar.Today;
        if (words.Count > 0 && DateOnly.TryParseExact(words[0], "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given))
        {
            date = given;
            words.RemoveAt(0);
        }
        if (words.Count == 0 || !DaySessions.TryParse(words[0], out var session))
        {
            turn.Say(new Reply(turn.Texts.RollCall.WhichSession(className, date))
            {
                Buttons = [[new ReplyButton(turn.Texts.RollCall.MorningButton, $"/diemdanh {className.Key} {VietnameseFormat.Date(date)} sang"),
                    new ReplyButton(turn.Texts.RollCall.AfternoonButton, $"/diemdanh {className.Key} {VietnameseFormat.Date(date)} chieu")]],
            });
            return;
        }
        words.RemoveAt(0);
        var step = new AwaitingAbsences(className, date, session, reason);
        if (words.Count == 0)
        {
            var check = await BatchAsync(teacher, step, [], cancellationToken);
            if (check.Refused is { } refused) { turn.Say(TeacherGate.Explain(turn, refused)); return; }
            turn.Enter(step);
            turn.Say(await AskLinesAsync(turn, className, date, session, cancellationToken) with { Buttons = await StudentButtonsAsync(className, cancellationToken) });
            return;
        }
        await PreviewAsync(turn, teacher, step, words.Chunk(2).Select(p => string.Join(' ', p)).ToList(), cancellationToken);
    }

    public bool Continues(FlowState state) => state is AwaitingAbsences or ConfirmingAbsences;

    public async Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var lines = turn.Text.Split('\n');
        switch (turn.State.Flow)
        {
            case AwaitingAbsences a:
                await PreviewAsync(turn, teacher, a, lines, cancellationToken);
                break;
            case ConfirmingAbsences c:
                await PreviewAsync(turn, teacher, new AwaitingAbsences(c.ClassName, c.Date, c.Session, c.Reason), [.. c.Lines, .. lines], cancellationToken);
                break;
        }
    }

    public async Task ConfirmAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher || turn.State.Flow is not ConfirmingAbsences pending) return;
        var batch = await BatchAsync(teacher, new AwaitingAbsences(pending.ClassName, pending.Date, pending.Session, pending.Reason), pending.Lines, cancellationToken);
        turn.EndFlow();
        if (batch.Refused is { } refused) { turn.Say(TeacherGate.Explain(turn, refused)); return; }
        var now = calendar.Now;
        var year = calendar.YearOf(await profiles.OfAsync(pending.ClassName.School, cancellationToken));
        // The absences, their audit and the parents' alerts in one save: a crash keeps all or none.
        var saved = await entry.ApplyAsync(batch, new Actor(teacher.Code, turn.Chat.Channel, pending.Reason), now,
            (absences, changes, token) => alert.AddToAsync(absences, changes, year, now, token), cancellationToken);
        alert.Wake();
        var cleared = saved.Count(c => c.Clears);
        var recorded = saved.Count - cleared;
        turn.Say(turn.Texts.RollCall.AbsencesSaved(recorded, cleared, batch.ClassName, batch.Session, batch.Date));
    }

    private async Task PreviewAsync(Turn turn, Teacher teacher, AwaitingAbsences step, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var batch = await BatchAsync(teacher, step, lines, cancellationToken);
        if (batch.Refused is { } refused) { turn.EndFlow(); turn.Say(TeacherGate.Explain(turn, refused)); return; }
        var words = turn.Texts.RollCall;
        var text = new StringBuilder(words.AbsencesPreviewHeading(batch.ClassName, batch.Session, batch.Date));
        foreach (var c in batch.Changes)
        {
            var mark = c.After?.Mark ?? words.Present;
            var what = (c.Before, c.After) switch
            {
                (null, null) => words.PresentNothingToRemove,
                (null, _) => mark,
                _ when c.Changes => $"{c.Before.Mark} → {mark}",
                _ => words.AlreadyRecorded(mark),
            };
            text.Append(CultureInfo.InvariantCulture, $"\n• {c.Student.Code} {c.Student.FullName}: {what}");
        }
        if (batch.Issues.Count > 0) text.Append('\n').Append(turn.Texts.Entry.NotAccepted(batch.Issues.Count)).Append(turn.Texts.Teaching.Issues(batch.Issues));
        if (!batch.HasSomethingToSave)
        {
            turn.Enter(step);
            turn.Say(text + words.NothingNewAbsences);
            return;
        }
        turn.Enter(new ConfirmingAbsences(step.ClassName, step.Date, step.Session, lines.Where(l => l.Trim().Length > 0).ToList(), step.Reason));
        turn.Say(new Reply(text + words.AbsencesPreviewEnd) { Buttons = TeacherGate.ConfirmButtons(turn) });
    }

    private async Task<AbsenceBatch> BatchAsync(Teacher teacher, AwaitingAbsences step, IReadOnlyList<string> lines, CancellationToken cancellationToken) =>
        await entry.PreviewAsync(teacher, step.ClassName, step.Date, step.Session, lines, calendar.IsClosed(step.Date, await profiles.OfAsync(step.ClassName.School, cancellationToken)), step.Reason, cancellationToken: cancellationToken);

    /// <summary>Two buttons a student, «tên K» and «P»: each press adds that line to the roll call.</summary>
    private async Task<List<IReadOnlyList<ReplyButton>>> StudentButtonsAsync(ClassName className, CancellationToken cancellationToken) =>
        (await students.InClassAsync(className, cancellationToken)).Where(s => s.IsStudying)
            .Select(s => (IReadOnlyList<ReplyButton>)[new ReplyButton($"{s.FullName} — K", $"{s.Code} K"), new ReplyButton("P", $"{s.Code} P")])
            .ToList();

    private async Task<Reply> AskLinesAsync(Turn turn, ClassName className, DateOnly date, DaySession session, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(turn.Texts.RollCall.AskAbsences(className, session, date));
        var roster = await students.InClassAsync(className, cancellationToken);
        for (var i = 0; i < roster.Count; i++)
            if (roster[i].IsStudying) text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {roster[i].Code} {roster[i].FullName}\n");
        return new Reply(text.ToString().TrimEnd());
    }
}
