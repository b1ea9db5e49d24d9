using SoLienLac.Domain.Privacy;
using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// /lop [lớp]: the class list with each student's number (stt, as /nhapdiem and /diemdanh take it),
/// absences, and — for the homeroom teacher — the learning result; a subject teacher sees their subjects' averages.
/// </summary>
public sealed class ClassOverviewHandler(IStudentDirectory students, ClassResults results, SchoolCalendar calendar, SchoolProfiles profiles,
    Privacy.AccessRecorder access) : ICommandHandler
{
    public CommandInfo Info { get; } = new("lop", "class", Audience.Teacher, "Tổng quan lớp: danh sách, vắng, kết quả", "Class overview")
    {
        Phrases = ["danh sach lop", "tong quan lop"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var mine = Authorization.ClassesOf(teacher, await students.ClassesAsync(cancellationToken));
        if (!ClassName.TryParse(arguments.Trim(), out var className))
        {
            if (mine.Count == 0) { turn.Say(turn.Texts.Teaching.NotAssigned); return; }
            turn.Say(new Reply(turn.Texts.Teaching.WhichClass) { Buttons = mine.Chunk(4).Select(row => (IReadOnlyList<ReplyButton>)row.Select(c => TeacherGate.ClassButton(teacher, c, "/lop")).ToList()).ToList() });
            return;
        }
        className = teacher.Place(className);
        if (Authorization.Check(teacher, TeacherAction.ViewClass, className) is { } refused) { turn.Say(TeacherGate.Explain(turn, refused)); return; }

        var year = calendar.YearOf(await profiles.OfAsync(className.School, cancellationToken));
        var term = year.TermOf(calendar.Today);
        var homeroom = teacher.IsHomeroomOf(className);
        var subjects = Authorization.SubjectsOf(teacher, className);
        var words = turn.Texts.Teaching;
        var text = new StringBuilder(words.ClassHeading(className, term, year));
        var roster = await results.OfAsync(className, year, term, cancellationToken);
        for (var i = 0; i < roster.Count; i++)
        {
            var r = roster[i];
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {r.Student.Code} {r.Student.FullName}");
            if (!r.Student.IsStudying) { text.Append(words.LeftSchool); continue; }
            text.Append(words.AbsencesCell(r.Absences.Total, r.Absences.Unexcused));
            if (homeroom) text.Append(words.LearningCell(r.Learning));
            else
                foreach (var s in r.Subjects.Where(s => subjects.Contains(s.Subject) && s.Subject.IsScored))
                    text.Append(CultureInfo.InvariantCulture, $" — {s.Subject.Name}: {(s.Average is { } a ? turn.Texts.Format.Average(a) : "—")}");
        }
        turn.Say(text.ToString());
        foreach (var r in roster) access.Saw(r.Student.Code, teacher.Code, teacher.FullName, AccessRole.Teacher, turn.Chat.Channel, Info.Name);
    }
}
