using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Records;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Conduct;

/// <summary>/renluyen for a parent: the training result of each term and the teachers' remarks.</summary>
public sealed class ConductHandler(IConductBook conduct, ITeacherDirectory teachers, TeacherConduct teacherConduct, RecordsAsOf asOf) : ICommandHandler
{
    public CommandInfo Info { get; } = new("renluyen", "conduct", Audience.Parent | Audience.Teacher, "Rèn luyện và nhận xét của giáo viên", "Conduct and teachers' remarks")
    {
        Phrases = ["ren luyen", "hanh kiem", "nhan xet", "conduct"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        // The same command sets conduct for a teacher: with arguments, or from a chat that is no parent's.
        if (turn.Teacher is not null && (arguments.Length > 0 || turn.Children.Count == 0))
        {
            if (arguments.Length == 0) turn.Say(turn.Texts.Entry.ConductUsage);
            else await teacherConduct.StartAsync(turn, arguments, cancellationToken);
            return;
        }
        var child = ChildChoice.Resolve(turn, "/renluyen");
        if (child is null) return;
        var levels = await conduct.LevelsOfAsync(child.Code, cancellationToken);
        var texts = turn.Texts;
        var text = new StringBuilder($"{texts.Conduct.Heading}\n{texts.Chat.Describe(child)}\n\n");
        foreach (var term in new[] { Term.I, Term.II })
        {
            var level = levels.FirstOrDefault(l => l.Term == term)?.Level;
            text.Append(texts.Format.Term(term)).Append(": ").AppendLine(level is { } l ? texts.Format.Level(l) : texts.Conduct.NotAssessed);
        }
        var remarks = await conduct.RemarksOfAsync(child.Code, cancellationToken);
        text.Append('\n').Append(remarks.Count == 0 ? texts.Conduct.NoRemarks : texts.Conduct.RemarksHeading);
        foreach (var remark in remarks.OrderByDescending(r => r.Date))
        {
            var author = (await teachers.FindAsync(remark.TeacherCode, cancellationToken))?.FullName ?? remark.TeacherCode;
            text.Append(CultureInfo.InvariantCulture, $"\n• {texts.Format.DayMonthYear(remark.Date)} — {author}: {remark.Text}");
        }
        turn.Say(text.ToString());
        await asOf.StampAsync(turn, child.Code, [RecordKind.Conduct], cancellationToken);
    }
}
