using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Results;

/// <summary>Circular 22, Article 9: a subject's term and year results.</summary>
public static class SubjectAverages
{
    /// <summary>
    /// ĐTBmhk = (Σ ĐĐGtx + 2 × ĐĐGgk + 3 × ĐĐGck) / (number of ĐĐGtx + 5), rounded to one decimal;
    /// null until the term has its regular assessments, the mid-term and the end-of-term.
    /// </summary>
    public static decimal? TermAverage(IReadOnlyCollection<Score> regular, Score? midTerm, Score? endOfTerm, int regularRequired)
    {
        ArgumentNullException.ThrowIfNull(regular);
        if (midTerm is not { } gk || endOfTerm is not { } ck || regular.Count < regularRequired || regular.Count == 0)
            return null;
        var sum = regular.Sum(s => s.Value) + 2 * gk.Value + 3 * ck.Value;
        return Rounding.OneDecimal(sum / (regular.Count + 5));
    }

    /// <summary>
    /// The average "as it stands" for a parent mid-term: the same weights over the marks entered so
    /// far (Σ tx + 2 gk + 3 ck over their weights), rounded; null with no mark at all.
    /// </summary>
    public static decimal? AsItStands(IReadOnlyCollection<Score> regular, Score? midTerm, Score? endOfTerm)
    {
        ArgumentNullException.ThrowIfNull(regular);
        var sum = regular.Sum(s => s.Value) + (2 * midTerm?.Value ?? 0) + (3 * endOfTerm?.Value ?? 0);
        var weight = regular.Count + (midTerm is null ? 0 : 2) + (endOfTerm is null ? 0 : 3);
        return weight == 0 ? null : Rounding.OneDecimal(sum / weight);
    }

    /// <summary>ĐTBmcn = (ĐTBmhkI + 2 × ĐTBmhkII) / 3, from the rounded term averages.</summary>
    public static decimal? YearAverage(decimal? termOne, decimal? termTwo) =>
        termOne is { } one && termTwo is { } two ? Rounding.OneDecimal((one + 2 * two) / 3) : null;

    /// <summary>
    /// A comment-assessed subject is Đạt for a term when it has all its assessments and every one is Đ.
    /// One CĐ already settles it as Chưa đạt; otherwise it is null until every assessment is in.
    /// </summary>
    public static bool? TermComment(IReadOnlyCollection<bool> regular, bool? midTerm, bool? endOfTerm, int regularRequired)
    {
        ArgumentNullException.ThrowIfNull(regular);
        if (regular.Contains(false) || midTerm == false || endOfTerm == false) return false;
        if (midTerm is null || endOfTerm is null || regular.Count < regularRequired) return null;
        return true;
    }

    /// <summary>For the year a comment-assessed subject takes its term II result.</summary>
    public static bool? YearComment(bool? termTwo) => termTwo;

    /// <summary>The term result of one subject from the marks entered in its columns.</summary>
    public static SubjectResult ForTerm(Subject subject, int grade, IEnumerable<Assessment> marks)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var own = marks.Where(m => m.Subject == subject).ToList();
        var regular = own.Where(m => m.Column.Kind == AssessmentKind.Regular).Select(m => m.Mark).ToList();
        var mid = own.FirstOrDefault(m => m.Column == Column.MidTerm)?.Mark;
        var end = own.FirstOrDefault(m => m.Column == Column.EndOfTerm)?.Mark;
        var required = subject.RegularAssessments(grade);
        return subject.IsScored
            ? SubjectResult.Scored(subject, TermAverage(regular.Select(m => m.Score!.Value).ToList(), mid?.Score, end?.Score, required))
            : SubjectResult.Commented(subject, TermComment(regular.Select(m => m.Passed!.Value).ToList(), mid?.Passed, end?.Passed, required));
    }

    public static SubjectResult ForYear(SubjectResult termOne, SubjectResult termTwo)
    {
        ArgumentNullException.ThrowIfNull(termOne);
        ArgumentNullException.ThrowIfNull(termTwo);
        return termTwo.Subject.IsScored
            ? SubjectResult.Scored(termTwo.Subject, YearAverage(termOne.Average, termTwo.Average))
            : SubjectResult.Commented(termTwo.Subject, YearComment(termTwo.Passed));
    }
}
