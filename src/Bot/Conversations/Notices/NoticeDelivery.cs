using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>Sends a notice to every linked parent of its class (or of the school), with «Đã xem» to acknowledge.</summary>
public sealed class NoticeDelivery(INoticeBoard board, IStudentDirectory students, IChatLinks links, INotifier notifier, TimeProvider clock)
    : IDisposable
{
    // One delivery at a time: a notice confirmed now and the timed check must never both send it.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Saves the notice and, when its time has come, sends it; returns how many chats it reached.</summary>
    public async Task<int> PublishAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            board.Save(notice);
            return notice.IsPublished(clock.GetUtcNow()) ? await DeliverAsync(notice, cancellationToken) : 0;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Sends every notice whose time has come and that has not been sent yet.</summary>
    public async Task PublishDueAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var notice in board.DueUndelivered(clock.GetUtcNow()))
                await DeliverAsync(notice, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<int> DeliverAsync(Notice notice, CancellationToken cancellationToken)
    {
        var classes = notice.ClassName is { } c ? [c] : students.Classes();
        var sent = 0;
        foreach (var student in classes.SelectMany(students.InClass).Where(s => s.IsStudying))
        {
            foreach (var link in links.ParentsOf(student.Code))
            {
                await notifier.NotifyAsync($"notice:{notice.Id:N}:{student.Code}:{link.Chat.Key}", link.Chat, Message(notice, student),
                    CodeHolder.Student(student.Code), cancellationToken);
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
