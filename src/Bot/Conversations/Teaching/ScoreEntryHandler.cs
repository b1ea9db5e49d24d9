using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// /nhapdiem: choose class → subject → column with buttons (or type them), then send lines
/// "mã điểm" or "stt điểm". The bot shows what will change and saves only on «Xác nhận».
/// </summary>
public sealed class ScoreEntryHandler(ScoreEntry entry, Delivery.ScoreAlerts alerts, IStudentDirectory students, SchoolCalendar calendar,
    SchoolProfiles profiles) : ICommandHandler, IConfirmingFlow
{
    public CommandInfo Info { get; } = new("nhapdiem", "score", Audience.Teacher, "Nhập điểm: lớp → môn → cột, rồi «mã điểm»", "Enter scores")
    {
        Phrases = ["nhap diem", "vao diem"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var command = ScoreCommand.Parse(arguments);
        if (command.ClassName is not { } typed)
        {
            await AskClassAsync(turn, teacher, cancellationToken);
            return;
        }
        var className = teacher.Place(typed);
        if (command.Subject is not { } subject)
        {
            AskSubject(turn, teacher, className, command.SubjectText);
            return;
        }
        if (command.Column is not { } column)
        {
            await AskColumnAsync(turn, className, subject, cancellationToken);
            return;
        }
        var term = command.Term ?? calendar.CurrentTermOf(await profiles.OfAsync(className.School, cancellationToken));
        if (command.Lines.Count == 0)
        {
            var refused = (await entry.PreviewAsync(teacher, className, subject, term, column, [], (await profiles.OfAsync(className.School, cancellationToken)).IsClosed(term), command.Reason, cancellationToken: cancellationToken)).Refused;
            if (refused is { } r) { turn.Say(TeacherGate.Explain(turn, r)); return; }
            turn.Enter(new AwaitingScores(className, subject, term, column, command.Reason));
            turn.Say(await AskLinesAsync(turn, className, subject, term, column, cancellationToken));
            return;
        }
        await PreviewAsync(turn, teacher, new AwaitingScores(className, subject, term, column, command.Reason), command.Lines, cancellationToken);
    }

    public bool Continues(FlowState state) => state is AwaitingScores or ConfirmingScores;

    public async Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var lines = turn.Text.Split('\n');
        // More lines while the preview waits are added to the batch: a long list may come in several messages.
        switch (turn.State.Flow)
        {
            case AwaitingScores a:
                await PreviewAsync(turn, teacher, a, lines, cancellationToken);
                break;
            case ConfirmingScores c:
                await PreviewAsync(turn, teacher, new AwaitingScores(c.ClassName, c.Subject, c.Term, c.Column, c.Reason), [.. c.Lines, .. lines], cancellationToken);
                break;
        }
    }

    public async Task ConfirmAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher || turn.State.Flow is not ConfirmingScores pending) return;
        var batch = await BatchAsync(teacher, pending.ClassName, pending.Subject, pending.Term, pending.Column, pending.Lines, pending.Reason, cancellationToken);
        turn.EndFlow();
        if (batch.Refused is { } refused) { turn.Say(TeacherGate.Explain(turn, refused)); return; }
        // The marks, their audit and the parents' alerts in one save: a crash keeps all or none.
        var saved = await entry.ApplyAsync(batch, new Actor(teacher.Code, turn.Chat.Channel, pending.Reason), calendar.Now, alerts.AddToAsync, cancellationToken);
        alerts.Wake();
        turn.Say(new Reply(turn.Texts.Entry.ScoresSaved(saved, batch.Subject, batch.Column, batch.ClassName, batch.Term)));
    }

    private async Task PreviewAsync(Turn turn, Teacher teacher, AwaitingScores step, IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var batch = await BatchAsync(teacher, step.ClassName, step.Subject, step.Term, step.Column, lines, step.Reason, cancellationToken);
        if (batch.Refused is { } refused)
        {
            turn.EndFlow();
            turn.Say(TeacherGate.Explain(turn, refused));
            return;
        }
        var text = ScorePreviewText.Render(turn.Texts, batch);
        if (!batch.HasSomethingToSave)
        {
            turn.Enter(step);
            turn.Say(text + turn.Texts.Entry.NothingNewScores);
            return;
        }
        turn.Enter(new ConfirmingScores(step.ClassName, step.Subject, step.Term, step.Column, lines.Where(l => l.Trim().Length > 0).ToList(), step.Reason));
        turn.Say(new Reply(text + turn.Texts.Entry.ScoresPreviewEnd) { Buttons = TeacherGate.ConfirmButtons(turn) });
    }

    private async Task<ScoreBatch> BatchAsync(Teacher teacher, ClassName className, Subject subject, Term term, Column column, IReadOnlyList<string> lines, string? reason, CancellationToken cancellationToken) =>
        await entry.PreviewAsync(teacher, className, subject, term, column, lines, (await profiles.OfAsync(className.School, cancellationToken)).IsClosed(term), reason, cancellationToken: cancellationToken);

    private async Task AskClassAsync(Turn turn, Teacher teacher, CancellationToken cancellationToken)
    {
        var classes = Authorization.ClassesOf(teacher, await students.ClassesAsync(cancellationToken)).Where(c => Authorization.SubjectsOf(teacher, c).Count > 0).ToList();
        if (classes.Count == 0) { turn.Say(turn.Texts.Teaching.NotAssigned); return; }
        turn.Say(new Reply(turn.Texts.Entry.ScoresWhichClass) { Buttons = Rows(classes.Select(c => TeacherGate.ClassButton(teacher, c, "/nhapdiem"))) });
    }

    private static void AskSubject(Turn turn, Teacher teacher, ClassName className, string? typed)
    {
        var subjects = Authorization.SubjectsOf(teacher, className);
        if (subjects.Count == 0) { turn.Say(turn.Texts.Teaching.NotAssigned); return; }
        turn.Say(new Reply(turn.Texts.Entry.WhichSubject(className, typed))
        {
            Buttons = Rows(subjects.Select(s => new ReplyButton(s.Name, $"/nhapdiem {className.Key} #{SubjectCatalog.IndexOf(s)}"))),
        });
    }

    private async Task AskColumnAsync(Turn turn, ClassName className, Subject subject, CancellationToken cancellationToken)
    {
        var term = calendar.CurrentTermOf(await profiles.OfAsync(className.School, cancellationToken));
        var index = SubjectCatalog.IndexOf(subject);
        var columns = Enumerable.Range(1, subject.RegularAssessments(className.Grade)).Select(Column.Regular).Append(Column.MidTerm).Append(Column.EndOfTerm);
        turn.Say(new Reply(turn.Texts.Entry.WhichColumn(subject, className, term))
        {
            Buttons = Rows(columns.Select(c => new ReplyButton(c.ToString(), $"/nhapdiem {className.Key} #{index} {c}"))),
        });
    }

    private async Task<Reply> AskLinesAsync(Turn turn, ClassName className, Subject subject, Term term, Column column, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(turn.Texts.Entry.AskScores(subject, className, term, column));
        var roster = await students.InClassAsync(className, cancellationToken);
        for (var i = 0; i < roster.Count; i++)
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {roster[i].Code} {roster[i].FullName}{(roster[i].IsStudying ? "" : turn.Texts.Teaching.LeftSchool)}\n");
        return new Reply(text.ToString().TrimEnd());
    }

    private static List<IReadOnlyList<ReplyButton>> Rows(IEnumerable<ReplyButton> buttons) =>
        buttons.Chunk(4).Select(row => (IReadOnlyList<ReplyButton>)row).ToList();
}
