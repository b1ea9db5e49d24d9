using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Results;

/// <summary>
/// A subject's result for a term or the year: the rounded average of a scored subject, or Đạt /
/// Chưa đạt for a comment-assessed one. Both are null while it cannot be computed yet.
/// </summary>
public sealed record SubjectResult(Subject Subject, decimal? Average, bool? Passed)
{
    public bool IsKnown => Subject.IsScored ? Average is not null : Passed is not null;

    public static SubjectResult Scored(Subject subject, decimal? average) => new(subject, average, null);

    public static SubjectResult Commented(Subject subject, bool? passed) => new(subject, null, passed);

    /// <summary>The same subject at its best: 10 or Đạt. Used to ask "was it only this subject?".</summary>
    internal SubjectResult AtBest() => Subject.IsScored ? this with { Average = 10m } : this with { Passed = true };
}
