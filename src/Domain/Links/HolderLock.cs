namespace SoLienLac.Domain.Links;

/// <summary>
/// Twenty wrong activation codes within a day against one student (or teacher) code, from at least
/// five different chats, stop codes being tried for it for a day from the twentieth: the per-chat
/// lock alone lets someone with many accounts go on guessing. One chat alone never sets it off (its
/// own lock already slows it), so nobody can shut a family out of linking by typing wrong codes for
/// their child from one account. The homeroom teacher is told. Unknown codes are counted the same
/// way, so the lock says nothing about which codes exist.
/// </summary>
public static class HolderLock
{
    public const int MaxFailures = 20;

    public const int MinChats = 5;

    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    /// <summary>How far back a failure can still count.</summary>
    public static readonly TimeSpan Remembered = Window + Window;

    public static DateTimeOffset? LockedUntil(IEnumerable<CodeFailure> failures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var recent = failures.Where(f => f.At > now - Remembered).OrderBy(f => f.At).ToList();
        for (var i = MaxFailures - 1; i < recent.Count; i++)
        {
            var run = recent.GetRange(i - (MaxFailures - 1), MaxFailures);
            var last = run[^1].At;
            if (last - run[0].At < Window && last + Window > now && run.Select(f => f.Chat).Distinct().Count() >= MinChats) return last + Window;
        }
        return null;
    }
}

/// <summary>A wrong activation code typed from a chat, against the code typed after /start.</summary>
public sealed record CodeFailure(ChatAddress Chat, DateTimeOffset At);
