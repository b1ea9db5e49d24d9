using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Talk;

/// <summary>The threads between families and teachers, the teachers' mutes and office hours.</summary>
public interface ITalkThreads
{
    /// <summary>
    /// Saves the message and the outbox messages that carry it (to the other side, to the admins) in one
    /// transaction: a crash never keeps a message nobody gets, or sends one that was not kept.
    /// </summary>
    Task SendAsync(TalkMessage message, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    Task<TalkMessage?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="max"/> messages of a student's thread with a teacher, oldest first.</summary>
    Task<IReadOnlyList<TalkMessage>> ThreadAsync(StudentCode student, string teacher, int max, CancellationToken cancellationToken);

    /// <summary>The newest message of each thread (of one teacher, or of the whole school when null), newest first.</summary>
    Task<IReadOnlyList<TalkMessage>> LatestAsync(string? teacher, int max, CancellationToken cancellationToken);

    /// <summary>The newest message of each of a child's threads (one a teacher), newest first: an admin's view of a family.</summary>
    Task<IReadOnlyList<TalkMessage>> LatestOfStudentAsync(StudentCode student, int max, CancellationToken cancellationToken);

    /// <summary>What a parent's chat wrote, and was answered (<c>/dulieu</c>), newest first.</summary>
    Task<IReadOnlyList<TalkMessage>> OfChatAsync(string chat, int max, CancellationToken cancellationToken);

    /// <summary>The newest message a parent wrote to the teacher, or null.</summary>
    Task<TalkMessage?> LastReceivedAsync(string teacher, CancellationToken cancellationToken);

    /// <summary>Marks the message reported to the admins, with the admins' messages, in one transaction.</summary>
    Task ReportAsync(Guid id, DateTimeOffset at, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    Task MuteAsync(TalkMute mute, CancellationToken cancellationToken);

    /// <summary>The teacher's mute of a family (ended or not), or null.</summary>
    Task<TalkMute?> MuteOfAsync(StudentCode student, string teacher, CancellationToken cancellationToken);

    /// <summary>The teacher's hours, or null when they never set them (the default applies).</summary>
    Task<OfficeHours?> OfficeHoursOfAsync(string teacher, CancellationToken cancellationToken);

    Task SaveOfficeHoursAsync(string teacher, OfficeHours hours, CancellationToken cancellationToken);
}
