using System.Text;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Attendance;

/// <summary>How /chuyencan shows absences: dated, by session, P or K, and the year against the 45-session limit.</summary>
public static class AttendanceView
{
    /// <summary>From this many sessions a parent is warned, well before the limit.</summary>
    public const int WarnFrom = 30;

    public static string Year(Catalogue texts, Student child, SchoolYear year, IReadOnlyList<Absence> absences)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(child);
        var words = texts.Attendance;
        var text = new StringBuilder($"{words.Heading(year)}\n{texts.Chat.Describe(child)}\n");
        var ofYear = absences.Where(a => year.Contains(a.Date)).ToList();
        if (ofYear.Count == 0) return text.Append('\n').Append(words.NoAbsences).ToString();
        foreach (var term in new[] { Term.I, Term.II })
        {
            var ofTerm = ofYear.Where(a => year.TermOf(a.Date) == term).ToList();
            if (ofTerm.Count == 0) continue;
            text.Append('\n').Append(words.TermTally(term, AbsenceTally.Count(ofTerm))).Append('\n');
            foreach (var a in ofTerm) text.Append("• ").AppendLine(words.Line(a));
        }
        var total = ofYear.Count;
        text.Append('\n').Append(words.YearTotal(total, Promotion.MaxSessionsAbsent));
        if (total > Promotion.MaxSessionsAbsent) text.Append('\n').Append(words.OverLimit(Promotion.MaxSessionsAbsent));
        else if (total >= WarnFrom) text.Append('\n').Append(words.NearLimit(total, Promotion.MaxSessionsAbsent));
        return text.ToString();
    }
}
