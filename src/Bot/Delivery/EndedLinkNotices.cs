using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// After links ended, whatever was still waiting in the outbox for them is withdrawn; when the school
/// ended them (an import, <c>links revoke</c>), each chat is also told once, through the outbox — a
/// parent who unlinks is answered in the chat instead. A verb run with no bot running leaves the
/// notice in the outbox; the bot sends it when it next runs. Each chat is told in its language.
/// </summary>
public sealed class EndedLinkNotices(IOutbox outbox, IStudentDirectory students, Catalogues catalogues, TimeProvider clock, OutboxSignal? signal = null)
{
    /// <summary>Withdraws what waited for the ended links and tells their chats; returns how many chats are told.</summary>
    public async Task<int> TellAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await WithdrawAsync(changes.EndedLinks, cancellationToken);
        var now = clock.GetUtcNow();
        var messages = new List<OutboxMessage>();
        var textsOf = await catalogues.OfAsync(changes.EndedLinks.Select(l => l.Chat).Concat(changes.EndedStaffLinks.Select(l => l.Chat)), cancellationToken);
        foreach (var link in changes.EndedLinks)
        {
            var name = (await students.FindAsync(link.Student, cancellationToken))?.FullName ?? link.Student.Value;
            var texts = textsOf(link.Chat);
            messages.Add(OutboxMessages.Of($"unlinked:{link.Student}:{link.Chat.Key}:{link.EndedAt!.Value.UtcTicks}", link.Chat,
                new Reply(texts.Verify.LinkEndedBySchool(name, link.Student)) { Language = texts.Language }, now, now));
        }
        foreach (var link in changes.EndedStaffLinks)
        {
            await outbox.WithdrawPendingAsync(link.Chat, CodeHolder.Teacher(link.TeacherCode), cancellationToken);
            var texts = textsOf(link.Chat);
            messages.Add(OutboxMessages.Of($"unlinked:teacher:{link.TeacherCode}:{link.Chat.Key}:{link.EndedAt!.Value.UtcTicks}", link.Chat,
                new Reply(texts.Verify.StaffLinkEndedBySchool(link.TeacherCode)) { Language = texts.Language }, now, now));
        }
        var added = await outbox.EnqueueManyAsync(messages, cancellationToken);
        if (added > 0) signal?.Raise();
        return messages.Count;
    }

    /// <summary>Nothing more reaches those chats about those children: alerts and summaries still queued are withdrawn.</summary>
    public async Task WithdrawAsync(IEnumerable<ParentLink> ended, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        foreach (var link in ended) await outbox.WithdrawPendingAsync(link.Chat, CodeHolder.Student(link.Student), cancellationToken);
    }
}
