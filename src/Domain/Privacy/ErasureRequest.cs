namespace SoLienLac.Domain.Privacy;

public enum ErasureStatus
{
    /// <summary>Asked, acknowledged, waiting for an admin (or the deadline).</summary>
    Pending,

    /// <summary>Carried out: nothing of the parent's chat is left; the request keeps no chat id.</summary>
    Done,
}

/// <summary>
/// A parent's request to erase their own data (<c>/xoadulieu</c>): acknowledged at once, carried out
/// when an admin confirms or at <see cref="Deadline"/>. Once done, the chat is no longer named:
/// <see cref="Chat"/> becomes <see cref="Erased"/>.
/// </summary>
public sealed record ErasureRequest(Guid Id, string Chat, DateTimeOffset RequestedAt, DateTimeOffset Deadline)
{
    public const string Erased = "(đã xóa)";

    public ErasureStatus Status { get; init; } = ErasureStatus.Pending;

    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>The admin who confirmed it, or the deadline ("hạn").</summary>
    public string? DoneBy { get; init; }

    /// <summary>How many records were erased.</summary>
    public int Records { get; init; }

    /// <summary>
    /// The lawful reason an admin recorded to keep the parent's correspondence with the school — what they
    /// wrote to teachers and their leave requests — as the school's own record; kept without the chat
    /// (<see cref="Erased"/> where it was), and the parent is told. Null: everything goes.
    /// </summary>
    public string? KeptReason { get; init; }
}
