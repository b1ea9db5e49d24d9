using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Delivery;

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
    Blocked,

    /// <summary>Not sent: by the time it was due, the chat no longer had the link it was written for (unlinked, revoked).</summary>
    Withdrawn,
}

/// <summary>
/// A message the bot sends on its own initiative, written down before it is sent. Its id is
/// deterministic (<c>weekly:2026-W48:HS0012:telegram:123</c>), so creating it twice is impossible;
/// it is marked sent only once the channel has confirmed it. <see cref="Body"/> is what to send, as
/// the bot wrote it (JSON the store keeps as it is and never reads).
/// </summary>
public sealed record OutboxMessage(string Id, ChatAddress Chat, string Body, DateTimeOffset CreatedAt, DateTimeOffset NotBefore)
{
    public OutboxStatus Status { get; init; } = OutboxStatus.Pending;

    public int Attempts { get; init; }

    /// <summary>While set and in the future, a sender is working on it; a restart picks it up after.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>The instance holding the lease, while one does.</summary>
    public string? LeasedBy { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>
    /// Whom the chat gets it as: a parent of this student, or this teacher. Checked again when it is
    /// sent — a chat unlinked since gets nothing more. Null for what goes to a chat whatever it is
    /// (the notice that a link ended).
    /// </summary>
    public CodeHolder? For { get; init; }
}
