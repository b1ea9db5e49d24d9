using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Privacy;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Talk;

/// <summary>
/// /hoithoai: a teacher's recent exchanges with families (an admin's: the whole school's, as the school's
/// own record of what was said); /hoithoai HS0012 [GV003] shows one thread. Every reading is in the access log.
/// </summary>
public sealed class ThreadsHandler(ITalkThreads threads, IStudentDirectory students, ITeacherDirectory teachers, TalkDesk desk, AccessRecorder access)
    : ICommandHandler
{
    private const int Listed = 15;

    private const int Shown = 30;

    public CommandInfo Info { get; } = new("hoithoai", "threads", Audience.Teacher, "Trao đổi với phụ huynh", "Exchanges with families")
    {
        Phrases = ["hoi thoai", "tin nhan phu huynh"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) { await ListAsync(turn, teacher, null, cancellationToken); return; }
        if (!StudentCode.TryParse(words[0], out var code) || await students.FindAsync(code, cancellationToken) is not { } child)
        {
            turn.Say(turn.Texts.Talk.NotFound);
            return;
        }
        var other = words.Length > 1 ? words[1].ToUpperInvariant() : null;
        // An admin reads the threads of their own school's families only.
        var admin = teacher.IsAdminOf(child.ClassName.School);
        if (other is null && admin) { await ListAsync(turn, teacher, child, cancellationToken); return; }
        var threadTeacher = other is null || other == teacher.Code ? teacher : await teachers.FindAsync(other, cancellationToken);
        if (threadTeacher is null) { turn.Say(turn.Texts.Talk.NotFound); return; }
        if (threadTeacher.Code != teacher.Code && !admin) { turn.Say(turn.Texts.Talk.NotYours); return; }
        access.Saw(child.Code, teacher.Code, teacher.FullName, AccessRole.Teacher, turn.Chat.Channel, Info.Name);
        turn.Say(await desk.ThreadAsync(turn.Texts, child, threadTeacher, Shown, cancellationToken));
    }

    /// <summary>The newest message of each thread, a button a thread; for one student when given (an admin's view of a family).</summary>
    private async Task ListAsync(Turn turn, Teacher teacher, Student? only, CancellationToken cancellationToken)
    {
        // A family's threads are read as theirs; an admin's whole view reads deeper and keeps their own school's
        // families (a province's newest threads are mostly other schools').
        var latest = only is not null ? await threads.LatestOfStudentAsync(only.Code, Listed, cancellationToken)
            : await threads.LatestAsync(teacher.IsAdmin ? null : teacher.Code, teacher.IsAdmin ? 500 : Listed, cancellationToken);
        if (latest.Count == 0) { turn.Say(turn.Texts.Talk.NoThreads); return; }
        var words = turn.Texts.Talk;
        var lines = new List<string> { words.ThreadsHeading(teacher.IsAdmin) };
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        var names = (await teachers.AllAsync(cancellationToken)).ToDictionary(t => t.Code, t => t.FullName, StringComparer.Ordinal);
        foreach (var m in latest)
        {
            if (await students.FindAsync(m.Student, cancellationToken) is not { } child) continue;
            if (m.Teacher != teacher.Code && !teacher.IsAdminOf(child.ClassName.School)) continue;
            if (buttons.Count == Listed) break;
            var teacherName = names.GetValueOrDefault(m.Teacher, m.Teacher);
            lines.Add(words.ThreadSummary(child, teacherName, desk.When(turn.Texts, m.At), m.FromParent, Snippet(m.Text)));
            buttons.Add([new ReplyButton($"{child.FullName} · {teacherName}", $"/hoithoai {child.Code} {m.Teacher}")]);
        }
        if (buttons.Count == 0) { turn.Say(turn.Texts.Talk.NoThreads); return; }
        turn.Say(new Reply(string.Join('\n', lines)) { Buttons = buttons });
    }

    private static string Snippet(string text) => text.Length <= 60 ? text.ReplaceLineEndings(" ") : text[..57].ReplaceLineEndings(" ") + "…";
}
