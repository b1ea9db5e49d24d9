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
public sealed class AttendanceEntryHandler(AttendanceEntry entry, AbsenceAlert alert, IStudentDirectory students, SchoolCalendar calendar)
    : ICommandHandler, IConfirmingFlow
{
    public CommandInfo Info { get; } = new("diemdanh", "absent", Audience.Teacher, "Điểm danh: ghi học sinh vắng (P/K)", "Record absences")
    {
        Phrases = ["ghi vang"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return Task.CompletedTask;
        var (text, reason) = Reasons.Split(arguments);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0 || !ClassName.TryParse(words[0], out var className))
        {
            var classes = Authorization.ClassesOf(teacher, students.Classes()).Where(c => teacher.IsHomeroomOf(c)).ToList();
            if (classes.Count == 0) { turn.Say(TeachingTexts.NotAssigned); return Task.CompletedTask; }
            turn.Say(new Reply("Điểm danh lớp nào?") { Buttons = [classes.Select(c => new ReplyButton(c.Value, $"/diemdanh {c}")).ToList()] });
            return Task.CompletedTask;
        }
        words.RemoveAt(0);
        var date = calendar.Today;
        if (words.Count > 0 && DateOnly.TryParseExact(words[0], "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given))
        {
            date = given;
            words.RemoveAt(0);
        }
        if (words.Count == 0 || !DaySessions.TryParse(words[0], out var session))
        {
            turn.Say(new Reply($"Lớp {className}, {VietnameseFormat.Day(date)}: buổi nào?")
            {
                Buttons = [[new ReplyButton("Sáng", $"/diemdanh {className} {VietnameseFormat.Date(date)} sang"),
                    new ReplyButton("Chiều", $"/diemdanh {className} {VietnameseFormat.Date(date)} chieu")]],
            });
            return Task.CompletedTask;
        }
        words.RemoveAt(0);
        var step = new AwaitingAbsences(className, date, session, reason);
        if (words.Count == 0)
        {
            var check = Batch(teacher, step, []);
            if (check.Refused is { } refused) { turn.Say(TeacherGate.Explain(refused)); return Task.CompletedTask; }
            turn.Enter(step);
            turn.Say(AskLines(className, date, session) with { Buttons = StudentButtons(className) });
            return Task.CompletedTask;
        }
        Preview(turn, teacher, step, words.Chunk(2).Select(p => string.Join(' ', p)).ToList());
        return Task.CompletedTask;
    }

    public bool Continues(FlowState state) => state is AwaitingAbsences or ConfirmingAbsences;

    public Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return Task.CompletedTask;
        var lines = turn.Text.Split('\n');
        switch (turn.State.Flow)
        {
            case AwaitingAbsences a:
                Preview(turn, teacher, a, lines);
                break;
            case ConfirmingAbsences c:
                Preview(turn, teacher, new AwaitingAbsences(c.ClassName, c.Date, c.Session, c.Reason), [.. c.Lines, .. lines]);
                break;
        }
        return Task.CompletedTask;
    }

    public async Task ConfirmAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher || turn.State.Flow is not ConfirmingAbsences pending) return;
        var batch = Batch(teacher, new AwaitingAbsences(pending.ClassName, pending.Date, pending.Session, pending.Reason), pending.Lines);
        turn.EndFlow();
        if (batch.Refused is { } refused) { turn.Say(TeacherGate.Explain(refused)); return; }
        var now = calendar.Now;
        var saved = entry.Apply(batch, new Actor(teacher.Code, turn.Chat.Channel, pending.Reason), now);
        var cleared = saved.Count(c => c.Clears);
        var recorded = saved.Count - cleared;
        var what = (recorded, cleared) switch
        {
            (_, 0) => $"Đã ghi {recorded} lượt vắng",
            (0, _) => $"Đã xóa {cleared} lượt vắng ghi nhầm",
            _ => $"Đã ghi {recorded} lượt vắng, xóa {cleared} lượt ghi nhầm",
        };
        turn.Say($"✅ {what} lớp {batch.ClassName}, buổi {batch.Session.Vietnamese()} {VietnameseFormat.Day(batch.Date)}. Phụ huynh đã được báo.");
        await alert.SendAsync(saved, calendar.Year, now, cancellationToken);
    }

    private void Preview(Turn turn, Teacher teacher, AwaitingAbsences step, IReadOnlyList<string> lines)
    {
        var batch = Batch(teacher, step, lines);
        if (batch.Refused is { } refused) { turn.EndFlow(); turn.Say(TeacherGate.Explain(refused)); return; }
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"📝 Xem trước điểm danh lớp {batch.ClassName}, buổi {batch.Session.Vietnamese()} {VietnameseFormat.Day(batch.Date)}");
        foreach (var c in batch.Changes)
        {
            var mark = c.After?.Mark ?? "có mặt";
            var what = (c.Before, c.After) switch
            {
                (null, null) => "có mặt (chưa ghi vắng, không có gì để xóa)",
                (null, _) => mark,
                _ when c.Changes => $"{c.Before.Mark} → {mark}",
                _ => $"{mark} (đã ghi)",
            };
            text.Append(CultureInfo.InvariantCulture, $"\n• {c.Student.Code} {c.Student.FullName}: {what}");
        }
        if (batch.Issues.Count > 0) text.Append(CultureInfo.InvariantCulture, $"\nKhông nhận ({batch.Issues.Count}):").Append(TeachingTexts.Issues(batch.Issues));
        if (!batch.HasSomethingToSave)
        {
            turn.Enter(step);
            turn.Say(text + "\n\nKhông có gì mới để ghi. Gửi lại các dòng «mã P|K» (hoặc «mã CM» để xóa vắng ghi nhầm), hoặc /huy.");
            return;
        }
        turn.Enter(new ConfirmingAbsences(step.ClassName, step.Date, step.Session, lines.Where(l => l.Trim().Length > 0).ToList(), step.Reason));
        turn.Say(new Reply(text + "\n\nChưa lưu gì. Bấm «Xác nhận» để ghi và báo phụ huynh, hoặc «Hủy».") { Buttons = TeachingTexts.ConfirmButtons });
    }

    private AbsenceBatch Batch(Teacher teacher, AwaitingAbsences step, IReadOnlyList<string> lines) =>
        entry.Preview(teacher, step.ClassName, step.Date, step.Session, lines, calendar.IsClosed(step.Date), step.Reason);

    /// <summary>Two buttons a student, «tên K» and «P»: each press adds that line to the roll call.</summary>
    private List<IReadOnlyList<ReplyButton>> StudentButtons(ClassName className) =>
        students.InClass(className).Where(s => s.IsStudying)
            .Select(s => (IReadOnlyList<ReplyButton>)[new ReplyButton($"{s.FullName} — K", $"{s.Code} K"), new ReplyButton("P", $"{s.Code} P")])
            .ToList();

    private Reply AskLines(ClassName className, DateOnly date, DaySession session)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Điểm danh lớp {className}, buổi {session.Vietnamese()} {VietnameseFormat.Day(date)}.\n");
        text.Append("Gửi mỗi học sinh vắng một dòng «mã P|K» hoặc «stt P|K» (P: có phép, K: không phép), ví dụ:\nHS0012 K\n7 P\n");
        text.Append("Ghi nhầm một em vắng? Gửi «mã CM» (có mặt) để xóa lượt vắng đó.\nDanh sách lớp:\n");
        var roster = students.InClass(className);
        for (var i = 0; i < roster.Count; i++)
            if (roster[i].IsStudying) text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {roster[i].Code} {roster[i].FullName}\n");
        return new Reply(text.ToString().TrimEnd());
    }
}
