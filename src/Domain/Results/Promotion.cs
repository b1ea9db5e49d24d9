using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Results;

/// <summary>Circular 22, Article 12: moving up to the next grade (lên lớp).</summary>
public static class Promotion
{
    /// <summary>More sessions absent than this in a year, excused and unexcused together, and a student stays down.</summary>
    public const int MaxSessionsAbsent = 45;

    /// <summary>
    /// Promoted with a year training and learning result of Đạt or better and at most 45 sessions absent.
    /// False as soon as one condition is known to fail; null while one is unknown and none has failed.
    /// </summary>
    public static bool? Decide(Level? training, Level? learning, int sessionsAbsent)
    {
        if (sessionsAbsent > MaxSessionsAbsent || training == Level.ChuaDat || learning == Level.ChuaDat) return false;
        if (training is null || learning is null) return null;
        return true;
    }
}
