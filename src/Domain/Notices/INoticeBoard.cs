using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Notices;

/// <summary>The school's notices and who has acknowledged them.</summary>
public interface INoticeBoard
{
    /// <summary>Notices for the class (and the whole school) published by <paramref name="now"/>, newest first.</summary>
    Task<IReadOnlyList<Notice>> PublishedForAsync(ClassName className, DateTimeOffset now, int max, CancellationToken cancellationToken);

    Task<Notice?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task SaveAsync(Notice notice, CancellationToken cancellationToken);

    /// <summary>Notices whose time has come and that have not been sent to the families yet.</summary>
    Task<IReadOnlyList<Notice>> DueUndeliveredAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the notice's messages to the outbox (those whose ids are new) and marks it delivered, in
    /// one transaction: a crash leaves it either sent to every family or not at all (sent again, whole,
    /// at the next check).
    /// </summary>
    Task DeliverAsync(Guid noticeId, DateTimeOffset at, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>The newest notices of a class and of the school, published or not, for the staff.</summary>
    Task<IReadOnlyList<Notice>> LatestAsync(ClassName? className, int max, CancellationToken cancellationToken);

    Task<IReadOnlyList<Acknowledgement>> AcknowledgementsOfAsync(Guid noticeId, CancellationToken cancellationToken);

    /// <summary>The notices a student's family has acknowledged.</summary>
    Task<IReadOnlySet<Guid>> AcknowledgedForAsync(StudentCode student, CancellationToken cancellationToken);

    /// <summary><see cref="AcknowledgedFor(StudentCode)"/> for many students in one read (a class).</summary>
    Task<ILookup<StudentCode, Guid>> AcknowledgedForAsync(IReadOnlyCollection<StudentCode> students, CancellationToken cancellationToken);

    Task AcknowledgeAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken);
}
