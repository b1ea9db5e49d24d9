using System.Text;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>For staff: the latest notices of their classes, and how many families have acknowledged each.</summary>
public sealed class SentNoticesView(INoticeBoard board, IStudentDirectory students, IChatLinks links, SchoolCalendar calendar)
{
    public string Render(Teacher teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        var classes = students.Classes().Where(c => Authorization.Check(teacher, TeacherAction.SendClassNotice, c) is null).ToList();
        var notices = classes.SelectMany(c => board.Latest(c, 10)).Concat(board.Latest(null, 10).Where(n => n.IsForWholeSchool))
            .DistinctBy(n => n.Id).OrderByDescending(n => n.CreatedAt).Take(10).ToList();
        if (notices.Count == 0) return "Chưa có thông báo nào của các lớp thầy cô phụ trách.";
        var text = new StringBuilder("📢 Thông báo đã gửi và số phụ huynh đã xem:");
        foreach (var notice in notices)
        {
            var families = (notice.ClassName is { } c ? students.InClass(c) : classes.SelectMany(students.InClass))
                .Where(s => s.IsStudying && links.ParentsOf(s.Code).Count > 0).Select(s => s.Code).ToHashSet();
            var seen = board.AcknowledgementsOf(notice.Id).Select(a => a.Student).Where(families.Contains).Distinct().Count();
            var when = VietnameseFormat.Moment(calendar.ToLocal(notice.PublishAt));
            text.Append('\n').Append(System.Globalization.CultureInfo.InvariantCulture, $"• {when} ({(notice.IsForWholeSchool ? "toàn trường" : $"lớp {notice.ClassName}")}): {notice.Text} — đã xem {seen}/{families.Count}");
        }
        return text.ToString();
    }
}
