namespace SoLienLac.Domain.Links;

/// <summary>
/// Twenty wrong activation codes within a day against one student (or teacher) code, from any
/// number of chats, stop codes being tried for it for a day from the twentieth: the per-chat lock
/// alone lets someone with many accounts go on guessing. The homeroom teacher is told. Unknown codes
/// are counted the same way, so the lock says nothing about which codes exist.
/// </summary>
public static class HolderLock
{
    public const int MaxFailures = 20;

    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    /// <summary>How far back a failure can still count.</summary>
    public static readonly TimeSpan Remembered = Window + Window;

    public static DateTimeOffset? LockedUntil(IEnumerable<DateTimeOffset> failures, DateTimeOffset now) =>
        VerificationLock.LockedUntil(failures, now, MaxFailures, Window);
}
