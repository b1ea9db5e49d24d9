using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>
/// Sends a notice to every linked parent of its class (or of the school), with «Đã xem» to acknowledge,
/// each in their chat's language (read a class at a time).
/// </summary>
public sealed class NoticeDelivery(INoticeBoard board, IStudentDirectory students, IChatLinks links, OutboxSignal signal, Catalogues catalogues,
    TimeProvider clock) : IDisposable
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
            await board.SaveAsync(notice, cancellationToken);
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
            foreach (var notice in await board.DueUndeliveredAsync(clock.GetUtcNow(), cancellationToken))
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
        // A whole school's notice goes to its own school's classes only.
        var classes = notice.ClassName is { } c ? [c] : (await students.ClassesAsync(cancellationToken)).Where(notice.ConcernsClass).ToList();
        var now = clock.GetUtcNow();
        var messages = new List<OutboxMessage>();
        foreach (var className in classes)
        {
            var studying = (await students.InClassAsync(className, cancellationToken)).Where(s => s.IsStudying).ToList();
            var parents = await links.ParentsOfAsync(studying.Select(s => s.Code).ToList(), cancellationToken);
            var textsOf = await catalogues.OfAsync(parents.SelectMany(p => p).Select(l => l.Chat), cancellationToken);
            foreach (var student in studying)
            {
                foreach (var link in parents[student.Code])
                    messages.Add(OutboxMessages.Of($"notice:{notice.Id:N}:{student.Code}:{link.Chat.Key}", link.Chat, Message(textsOf(link.Chat), notice, student),
                        now, now, CodeHolder.Student(student.Code)));
            }
        }
        // The families' messages and "delivered" saved together: cut short, the whole notice goes again.
        await board.DeliverAsync(notice.Id, now, messages, cancellationToken);
        if (messages.Count > 0) signal.Raise();
        return messages.Count;
    }

    public static Reply Message(Catalogue texts, Notice notice, Student student)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(student);
        var words = texts.Notices;
        return new Reply(words.Message(words.Audience(notice.ClassName), notice.Urgent, student, notice.Text))
        {
            Buttons = [[new ReplyButton(words.SeenButton, $"/daxem {notice.Id:N} {student.Code}")]],
            Language = texts.Language,
        };
    }
}
