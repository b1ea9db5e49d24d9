using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Results;

/// <summary>
/// Circular 22, Article 9: the learning result (kết quả học tập) of a term or the year, from the
/// per-subject results. There is no all-subject average any more.
/// </summary>
public static class LearningResult
{
    /// <summary>The level, adjusted as the circular allows; null while any subject's result is not known yet.</summary>
    public static Level? Evaluate(IReadOnlyList<SubjectResult> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        if (subjects.Count == 0 || subjects.Any(s => !s.IsKnown)) return null;
        var level = Classify(subjects);
        return IsHeldDownByOneSubject(subjects, level) ? level + 1 : level;
    }

    /// <summary>The level before the one-subject adjustment.</summary>
    public static Level Classify(IReadOnlyList<SubjectResult> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var averages = subjects.Where(s => s.Subject.IsScored).Select(s => s.Average!.Value).ToList();
        var commentsFailed = subjects.Count(s => !s.Subject.IsScored && s.Passed == false);

        if (commentsFailed == 0 && averages.All(a => a >= 6.5m) && averages.Count(a => a >= 8.0m) >= 6)
            return Level.Tot;
        if (commentsFailed == 0 && averages.All(a => a >= 5.0m) && averages.Count(a => a >= 6.5m) >= 6)
            return Level.Kha;
        if (commentsFailed <= 1 && averages.Count(a => a >= 5.0m) >= 6 && averages.All(a => a >= 3.5m))
            return Level.Dat;
        return Level.ChuaDat;
    }

    /// <summary>
    /// "When the result falls two or more levels below Tốt or Khá only because of one single subject,
    /// it is raised to the next level up": true when putting one subject at its best would lift the
    /// result by two levels or more (and so to Khá or Tốt).
    /// </summary>
    private static bool IsHeldDownByOneSubject(IReadOnlyList<SubjectResult> subjects, Level level)
    {
        if (level > Level.Dat) return false;
        for (var i = 0; i < subjects.Count; i++)
        {
            var lifted = subjects.Select((s, j) => j == i ? s.AtBest() : s).ToList();
            if (Classify(lifted) >= level + 2) return true;
        }
        return false;
    }
}
