using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// The parents of a student marked absent are told at once, on every chat they linked — and again
/// when the teacher corrects it (P ↔ K, or present after all).
/// </summary>
public sealed class AbsenceAlert(IChatLinks links, IAttendanceBook attendance, INotifier notifier)
{
    /// <param name="savedAt">When the changes were saved: part of each message's id, so a session marked K, then
    /// present, then K again alerts the parents each time, while a retry of the same save still sends once.</param>
    public async Task SendAsync(IEnumerable<AbsenceChange> saved, SchoolYear year, DateTimeOffset savedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        foreach (var change in saved)
        {
            var total = attendance.AbsencesOf(change.Student.Code).Count(a => year.Contains(a.Date));
            var message = new Reply(change.After is { } after ? Text(change.Student, after, change.Before is not null, total)
                : Cleared(change.Student, change.Before!, total));
            var mark = change.After?.Mark ?? "CM";
            foreach (var link in links.ParentsOf(change.Student.Code))
                await notifier.NotifyAsync($"absence:{change.Absence!.Key}:{mark}:{savedAt.UtcTicks}:{link.Chat.Key}", link.Chat, message, CodeHolder.Student(change.Student.Code), cancellationToken);
        }
    }

    public static string Text(Student student, Absence absence, bool correction, int yearTotal) =>
        $"⚠️ {(correction ? "Cập nhật điểm danh" : "Thông báo vắng học")}: em {student.FullName} (lớp {student.ClassName}) " +
        $"vắng buổi {absence.Session.Vietnamese()} {VietnameseFormat.Day(absence.Date)}, " +
        $"{(absence.Excused ? "có phép (P)" : "không phép (K)")}. Cả năm đến nay: {yearTotal}/45 buổi.\n" +
        "Nếu có nhầm lẫn, phụ huynh vui lòng liên hệ giáo viên chủ nhiệm. Xin nghỉ cho con: /xinnghi.";

    /// <summary>An absence recorded by mistake was removed: the child was in class.</summary>
    public static string Cleared(Student student, Absence removed, int yearTotal) =>
        $"✅ Cập nhật điểm danh: em {student.FullName} (lớp {student.ClassName}) có mặt buổi {removed.Session.Vietnamese()} " +
        $"{VietnameseFormat.Day(removed.Date)}. Lượt vắng ({removed.Mark}) ghi trước đó là nhầm và đã được xóa. " +
        $"Cả năm đến nay: {yearTotal}/45 buổi.";
}
