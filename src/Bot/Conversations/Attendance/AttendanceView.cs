using System.Globalization;
using System.Text;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Attendance;

/// <summary>How /chuyencan shows absences: dated, by session, P or K, and the year against the 45-session limit.</summary>
public static class AttendanceView
{
    /// <summary>From this many sessions a parent is warned, well before the limit.</summary>
    public const int WarnFrom = 30;

    public static string Year(Student child, SchoolYear year, IReadOnlyList<Absence> absences)
    {
        ArgumentNullException.ThrowIfNull(child);
        var text = new StringBuilder($"📅 Chuyên cần năm học {year.Name}\n{ChatTexts.Describe(child)}\n");
        var ofYear = absences.Where(a => year.Contains(a.Date)).ToList();
        if (ofYear.Count == 0) return text.Append("\nCon chưa nghỉ buổi nào trong năm học. 👍").ToString();
        foreach (var term in new[] { Term.I, Term.II })
        {
            var ofTerm = ofYear.Where(a => year.TermOf(a.Date) == term).ToList();
            if (ofTerm.Count == 0) continue;
            var tally = AbsenceTally.Count(ofTerm);
            text.Append('\n').Append(term.Vietnamese()).Append(CultureInfo.InvariantCulture, $": {tally.Total} buổi (có phép {tally.Excused}, không phép {tally.Unexcused})\n");
            foreach (var a in ofTerm) text.Append("• ").AppendLine(Line(a));
        }
        var total = ofYear.Count;
        text.Append(CultureInfo.InvariantCulture, $"\nCả năm: {total}/{Promotion.MaxSessionsAbsent} buổi được phép nghỉ.");
        if (total > Promotion.MaxSessionsAbsent)
            text.Append(CultureInfo.InvariantCulture, $"\n⚠️ Con đã nghỉ quá {Promotion.MaxSessionsAbsent} buổi: theo quy định, con không đủ điều kiện lên lớp. Phụ huynh hãy liên hệ giáo viên chủ nhiệm.");
        else if (total >= WarnFrom)
            text.Append(CultureInfo.InvariantCulture, $"\n⚠️ Con đã nghỉ {total} buổi. Nghỉ quá {Promotion.MaxSessionsAbsent} buổi trong năm học thì không đủ điều kiện lên lớp.");
        return text.ToString();
    }

    public static string Line(Absence a) =>
        $"{VietnameseFormat.Day(a.Date)}, buổi {a.Session.Vietnamese()} — {(a.Excused ? "có phép (P)" : "không phép (K)")}";
}
