using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>Sends a notice to every linked parent of its class (or of the school), with «Đã xem» to acknowledge.</summary>
public sealed class NoticeDelivery(INoticeBoard board, IStudentDirectory students, IChatLinks links, INotifier notifier, TimeProvider clock)
{
    /// <returns>How many parents' chats it was sent to.</returns>
    public async Task<int> DeliverAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var classes = notice.ClassName is { } c ? [c] : students.Classes();
        var sent = 0;
        foreach (var student in classes.SelectMany(students.InClass).Where(s => s.IsStudying))
        {
            foreach (var link in links.ParentsOf(student.Code))
            {
                await notifier.NotifyAsync(link.Chat, Message(notice, student), cancellationToken);
                sent++;
            }
        }
        board.MarkDelivered(notice.Id, clock.GetUtcNow());
        return sent;
    }

    public static Reply Message(Notice notice, Student student)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(student);
        var to = notice.IsForWholeSchool ? "toàn trường" : $"lớp {notice.ClassName}";
        return new Reply($"📢 Thông báo ({to}){(notice.Urgent ? " — KHẨN" : "")}, gửi phụ huynh em {student.FullName}:\n{notice.Text}")
        {
            Buttons = [[new ReplyButton("Đã xem", $"/daxem {notice.Id:N} {student.Code}")]],
        };
    }
}
