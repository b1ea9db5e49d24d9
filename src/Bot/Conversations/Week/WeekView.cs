using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Attendance;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Summaries;

namespace SoLienLac.Bot.Conversations.Week;

/// <summary>A week's digest in a few readable lines: /tuan now, the weekly summary later.</summary>
public static class WeekView
{
    private static string Status(LeaveStatus status) => status switch
    {
        LeaveStatus.Approved => "đã duyệt",
        LeaveStatus.Declined => "không được duyệt",
        _ => "đang chờ giáo viên",
    };

    public static string Render(WeekDigest digest, IReadOnlyList<Assessment> allMarks)
    {
        ArgumentNullException.ThrowIfNull(digest);
        ArgumentNullException.ThrowIfNull(allMarks);
        var child = digest.Student;
        var text = new StringBuilder($"🗓 Tuần {VietnameseFormat.Date(digest.Week.Monday)} – {VietnameseFormat.Date(digest.Week.Sunday)}\n{ChatTexts.Describe(child)}\n");
        if (digest.IsEmpty) return text.Append("\nTuần này chưa có gì mới: không có điểm mới, không nghỉ buổi nào, không có thông báo mới.").ToString();

        if (digest.NewMarks.Count > 0)
        {
            text.Append("\nĐiểm mới:\n");
            // Marks of both terms in one week (term II's first week, or a term I mark corrected late):
            // each subject line says which term it is, or the same subject would read as listed twice.
            var bothTerms = digest.NewMarks.Select(m => m.Term).Distinct().Count() > 1;
            foreach (var group in digest.NewMarks.GroupBy(m => (m.Subject, m.Term)).OrderBy(g => g.Key.Term))
            {
                var cells = string.Join(", ", group.Select(m => $"{m.Column} {m.Mark.ToVietnamese()}"));
                var result = SubjectAverages.ForTerm(group.Key.Subject, child.ClassName.Grade, allMarks.Where(m => m.Term == group.Key.Term).ToList());
                var average = result.Average is { } a ? $" (TB {VietnameseFormat.Average(a)})" : "";
                var term = bothTerms ? $" ({group.Key.Term.Vietnamese()})" : "";
                text.Append(CultureInfo.InvariantCulture, $"• {group.Key.Subject.Name}{term}: {cells}{average}\n");
            }
        }
        if (digest.Absences.Count > 0)
        {
            text.Append("\nNghỉ học:\n");
            foreach (var absence in digest.Absences) text.Append("• ").AppendLine(AttendanceView.Line(absence));
            text.Append(CultureInfo.InvariantCulture, $"Cả năm đến nay: {digest.AbsencesThisYear}/{Promotion.MaxSessionsAbsent} buổi.\n");
        }
        if (digest.Remarks.Count > 0)
        {
            text.Append("\nNhận xét của giáo viên:\n");
            foreach (var remark in digest.Remarks) text.Append(CultureInfo.InvariantCulture, $"• {VietnameseFormat.Date(remark.Date)}: {remark.Text}\n");
        }
        if (digest.Notices.Count > 0)
        {
            text.Append("\nThông báo chưa xem (bấm «Đã xem» trong /thongbao):\n");
            foreach (var notice in digest.Notices) text.Append(CultureInfo.InvariantCulture, $"• {notice.Text}\n");
        }
        if (digest.LeaveRequests.Count > 0)
        {
            text.Append("\nĐơn xin nghỉ:\n");
            foreach (var leave in digest.LeaveRequests)
                text.Append(CultureInfo.InvariantCulture, $"• {Leave.LeaveText.Describe(leave.Sessions)} — {Status(leave.Status)}\n");
        }
        return text.ToString().TrimEnd();
    }
}
