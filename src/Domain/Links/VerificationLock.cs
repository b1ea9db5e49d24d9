namespace SoLienLac.Domain.Links;

/// <summary>
/// Five wrong codes or phones within an hour lock that chat out of verification for an hour from
/// the fifth, so nobody can try student codes and phones until one fits.
/// </summary>
public static class VerificationLock
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public static DateTimeOffset? LockedUntil(IEnumerable<DateTimeOffset> failures, DateTimeOffset now) =>
        LockedUntil(failures, now, MaxFailures, Window);

    /// <summary>Locked for <paramref name="window"/> from the <paramref name="max"/>-th failure within one window.</summary>
    internal static DateTimeOffset? LockedUntil(IEnumerable<DateTimeOffset> failures, DateTimeOffset now, int max, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var recent = failures.Where(f => f > now - window - window).OrderBy(f => f).ToList();
        for (var i = max - 1; i < recent.Count; i++)
        {
            var last = recent[i];
            if (last - recent[i - (max - 1)] < window && last + window > now) return last + window;
        }
        return null;
    }
}
