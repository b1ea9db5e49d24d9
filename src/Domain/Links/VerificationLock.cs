namespace SoLienLac.Domain.Links;

/// <summary>
/// Five wrong codes or phones within an hour lock that chat out of verification for an hour from
/// the fifth, so nobody can try student codes and phones until one fits.
/// </summary>
public static class VerificationLock
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>How far back a failure can still count: a window of failures ending in a lock that runs one more.</summary>
    public static readonly TimeSpan Remembered = Window + Window;

    /// <summary>How long failures are kept: as long as the longer of this lock and <see cref="HolderLock"/> looks back.</summary>
    public static TimeSpan Kept => HolderLock.Remembered > Remembered ? HolderLock.Remembered : Remembered;

    public static DateTimeOffset? LockedUntil(IEnumerable<DateTimeOffset> failures, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var recent = failures.Where(f => f > now - Remembered).OrderBy(f => f).ToList();
        for (var i = MaxFailures - 1; i < recent.Count; i++)
        {
            var fifth = recent[i];
            if (fifth - recent[i - (MaxFailures - 1)] < Window && fifth + Window > now) return fifth + Window;
        }
        return null;
    }
}
