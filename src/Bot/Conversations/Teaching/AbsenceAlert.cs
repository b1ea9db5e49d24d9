using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>The parents of a student marked absent are told at once, on every chat they linked.</summary>
public sealed class AbsenceAlert(IChatLinks links, IAttendanceBook attendance, INotifier notifier)
{
    public async Task SendAsync(IEnumerable<AbsenceChange> saved, SchoolYear year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        foreach (var change in saved)
        {
            var total = attendance.AbsencesOf(change.Student.Code).Count(a => year.Contains(a.Date));
            var message = new Reply(Text(change.Student, change.After, change.Before is not null, total));
            foreach (var link in links.ParentsOf(change.Student.Code))
                await notifier.NotifyAsync($"absence:{change.After.Key}:{change.After.Mark}:{link.Chat.Key}", link.Chat, message, cancellationToken);
        }
    }

    public static string Text(Student student, Absence absence, bool correction, int yearTotal) =>
        $"⚠️ {(correction ? "Cập nhật điểm danh" : "Thông báo vắng học")}: em {student.FullName} (lớp {student.ClassName}) " +
        $"vắng buổi {absence.Session.Vietnamese()} {VietnameseFormat.Day(absence.Date)}, " +
        $"{(absence.Excused ? "có phép (P)" : "không phép (K)")}. Cả năm đến nay: {yearTotal}/45 buổi.\n" +
        "Nếu có nhầm lẫn, phụ huynh vui lòng liên hệ giáo viên chủ nhiệm. Xin nghỉ cho con: /xinnghi.";
}
