using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Students;

namespace SoLienLac.Domain.Polls;

public interface IPolls
{
    /// <summary>Saves the poll and the families' messages asking it in one transaction.</summary>
    Task CreateAsync(Poll poll, IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    Task<Poll?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The polls whose id starts with the hex digits given (a short id), at most two: more than one means ambiguous.</summary>
    Task<IReadOnlyList<Poll>> FindByPrefixAsync(string hex, CancellationToken cancellationToken);

    /// <summary>The newest polls, of a class and the school's when a class is given, of all otherwise.</summary>
    Task<IReadOnlyList<Poll>> LatestAsync(ClassName? className, int max, CancellationToken cancellationToken);

    Task CloseAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Saves the answer over the child's earlier one.</summary>
    Task AnswerAsync(PollAnswer answer, CancellationToken cancellationToken);

    /// <summary>Each child's answer (the latest), in no order.</summary>
    Task<IReadOnlyList<PollAnswer>> AnswersAsync(Guid poll, CancellationToken cancellationToken);
}
