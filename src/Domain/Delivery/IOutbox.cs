using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Delivery;

/// <summary>The persistent queue of proactive messages.</summary>
public interface IOutbox
{
    /// <summary>Adds the message unless one with its id exists; true when added.</summary>
    Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Adds those whose ids are new, in one transaction; returns how many were added.</summary>
    Task<int> EnqueueManyAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="max"/> due messages for <paramref name="lease"/>, oldest first, in the
    /// name of <paramref name="owner"/> (an instance, <see cref="Operations.IInstances"/>): found through
    /// an index in due order, never by reading the whole queue.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> LeaseAsync(int max, DateTimeOffset now, TimeSpan lease, string owner, CancellationToken cancellationToken);

    /// <summary>
    /// The channel confirmed the message. Once this returns the mark survives the bot being killed
    /// (the sender marks each message before sending the next, so a kill sends at most one twice);
    /// how each store makes that cheap is its own (decision 0012).
    /// </summary>
    Task MarkSentAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Drops pending (not yet sent, not being sent) messages whose id starts so: a newer one replaces them.</summary>
    Task<int> CancelPendingAsync(string idPrefix, CancellationToken cancellationToken);

    /// <summary>
    /// Withdraws the chat's pending messages (not being sent) written for <paramref name="forWhom"/>,
    /// or for anyone when null: the link they were written for has ended. Returns how many.
    /// </summary>
    Task<int> WithdrawPendingAsync(ChatAddress chat, CodeHolder? forWhom, CancellationToken cancellationToken);

    /// <summary>Gives leased messages back untouched (not an attempt), in one write: it was not their turn.</summary>
    Task ReleaseAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    Task RetryAsync(string id, DateTimeOffset notBefore, string reason, CancellationToken cancellationToken);

    Task CloseAsync(string id, OutboxStatus status, string reason, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<OutboxStatus, int>> CountsAsync(CancellationToken cancellationToken);

    /// <summary>How many messages the channels confirmed since then.</summary>
    Task<int> SentSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    Task<OutboxMessage?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The id of the newest message sent whose id starts so (the last alert a family got about one score), or null.</summary>
    Task<string?> LastSentIdAsync(string idPrefix, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="max"/> messages no longer pending, due before <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, int max, CancellationToken cancellationToken);
}
