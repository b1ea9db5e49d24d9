using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Delivery;

/// <summary>The persistent queue of proactive messages.</summary>
public interface IOutbox
{
    /// <summary>Adds the message unless one with its id exists; true when added.</summary>
    bool Enqueue(OutboxMessage message);

    /// <summary>Adds those whose ids are new, in one transaction; returns how many were added.</summary>
    int EnqueueMany(IReadOnlyCollection<OutboxMessage> messages);

    /// <summary>Takes up to <paramref name="max"/> due messages for <paramref name="lease"/>, oldest first.</summary>
    IReadOnlyList<OutboxMessage> Lease(int max, DateTimeOffset now, TimeSpan lease);

    void MarkSent(string id, DateTimeOffset at);

    /// <summary>Drops pending (not yet sent, not being sent) messages whose id starts so: a newer one replaces them.</summary>
    int CancelPending(string idPrefix);

    /// <summary>
    /// Withdraws the chat's pending messages (not being sent) written for <paramref name="forWhom"/>,
    /// or for anyone when null: the link they were written for has ended. Returns how many.
    /// </summary>
    int WithdrawPending(ChatAddress chat, CodeHolder? forWhom);

    /// <summary>Gives a leased message back untouched (not an attempt): it was not its turn.</summary>
    void Release(string id);

    void Retry(string id, DateTimeOffset notBefore, string reason);

    void Close(string id, OutboxStatus status, string reason);

    IReadOnlyDictionary<OutboxStatus, int> Counts();

    /// <summary>How many messages the channels confirmed since then.</summary>
    int SentSince(DateTimeOffset since);

    OutboxMessage? Find(string id);

    /// <summary>The id of the newest message sent whose id starts so (the last alert a family got about one score), or null.</summary>
    string? LastSentId(string idPrefix);

    /// <summary>Deletes up to <paramref name="max"/> messages no longer pending, due before <paramref name="before"/>; returns how many.</summary>
    int Prune(DateTimeOffset before, int max);
}
