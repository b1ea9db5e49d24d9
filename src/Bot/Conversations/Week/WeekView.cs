using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Summaries;

namespace SoLienLac.Bot.Conversations.Week;

/// <summary>A week's digest in a few readable lines: /tuan now, the weekly summary later.</summary>
public static class WeekView
{
    public static string Render(Catalogue texts, WeekDigest digest, IReadOnlyList<Assessment> allMarks)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(allMarks);
        var words = texts.Week;
        var child = digest.Student;
        var text = new StringBuilder($"{words.Heading(digest.Week)}\n{texts.Chat.Describe(child)}\n");
        if (digest.IsEmpty) return text.Append('\n').Append(words.NothingNew).ToString();

        if (digest.NewMarks.Count > 0)
        {
            text.Append('\n').Append(words.NewMarks).Append('\n');
            // Marks of both terms in one week (term II's first week, or a term I mark corrected late):
            // each subject line says which term it is, or the same subject would read as listed twice.
            var bothTerms = digest.NewMarks.Select(m => m.Term).Distinct().Count() > 1;
            foreach (var group in digest.NewMarks.GroupBy(m => (m.Subject, m.Term)).OrderBy(g => g.Key.Term))
            {
                var cells = string.Join(", ", group.Select(m => $"{m.Column} {texts.Format.Mark(m.Mark)}"));
                var result = SubjectAverages.ForTerm(group.Key.Subject, child.ClassName.Grade, allMarks.Where(m => m.Term == group.Key.Term).ToList());
                var average = result.Average is { } a ? words.Average(a) : "";
                var term = bothTerms ? $" ({texts.Format.Term(group.Key.Term)})" : "";
                text.Append(CultureInfo.InvariantCulture, $"• {group.Key.Subject.Name}{term}: {cells}{average}\n");
            }
        }
        if (digest.Absences.Count > 0)
        {
            text.Append('\n').Append(words.Absences).Append('\n');
            foreach (var absence in digest.Absences) text.Append("• ").AppendLine(texts.Attendance.Line(absence));
            text.Append(words.YearSoFar(digest.AbsencesThisYear, Promotion.MaxSessionsAbsent)).Append('\n');
        }
        if (digest.Remarks.Count > 0)
        {
            text.Append('\n').Append(words.Remarks).Append('\n');
            foreach (var remark in digest.Remarks) text.Append(CultureInfo.InvariantCulture, $"• {texts.Format.DayMonthYear(remark.Date)}: {remark.Text}\n");
        }
        if (digest.Notices.Count > 0)
        {
            text.Append('\n').Append(words.UnreadNotices).Append('\n');
            foreach (var notice in digest.Notices) text.Append(CultureInfo.InvariantCulture, $"• {notice.Text}\n");
        }
        if (digest.LeaveRequests.Count > 0)
        {
            text.Append('\n').Append(words.LeaveRequests).Append('\n');
            foreach (var leave in digest.LeaveRequests)
                text.Append(CultureInfo.InvariantCulture, $"• {texts.Leave.Describe(leave.Sessions)} — {words.Status(leave.Status)}\n");
        }
        return text.ToString().TrimEnd();
    }
}
