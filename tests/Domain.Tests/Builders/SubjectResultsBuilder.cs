using System.Globalization;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Domain.Tests.Builders;

/// <summary>
/// The thirteen subjects of <see cref="SubjectCatalog.Secondary"/>, every scored one at 8.0 and every
/// comment one Đạt unless told otherwise. Averages are given as "9 9 9 9 9 9 9 4.9", in catalogue order.
/// </summary>
public sealed class SubjectResultsBuilder
{
    private readonly List<SubjectResult> _results = SubjectCatalog.Secondary
        .Select(s => s.IsScored ? SubjectResult.Scored(s, 8.0m) : SubjectResult.Commented(s, true))
        .ToList();

    public static IReadOnlyList<Subject> Scored { get; } = SubjectCatalog.Secondary.Where(s => s.IsScored).ToList();

    public static IReadOnlyList<Subject> Commented { get; } = SubjectCatalog.Secondary.Where(s => !s.IsScored).ToList();

    /// <summary>The eight scored subjects' averages, separated by spaces, in the catalogue's order.</summary>
    public SubjectResultsBuilder WithAverages(string averages)
    {
        ArgumentNullException.ThrowIfNull(averages);
        var values = averages.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => decimal.Parse(a, CultureInfo.InvariantCulture))
            .ToList();
        if (values.Count != Scored.Count)
            throw new ArgumentException($"give all {Scored.Count} scored subjects", nameof(averages));
        for (var i = 0; i < values.Count; i++) WithAverage(Scored[i], values[i]);
        return this;
    }

    public SubjectResultsBuilder WithAverage(Subject subject, decimal? average) =>
        Replace(SubjectResult.Scored(subject, average));

    /// <summary>The first <paramref name="count"/> comment subjects Chưa đạt.</summary>
    public SubjectResultsBuilder WithCommentsFailed(int count)
    {
        foreach (var subject in Commented.Take(count)) WithComment(subject, false);
        return this;
    }

    public SubjectResultsBuilder WithComment(Subject subject, bool? passed) =>
        Replace(SubjectResult.Commented(subject, passed));

    public IReadOnlyList<SubjectResult> Build() => _results.ToList();

    private SubjectResultsBuilder Replace(SubjectResult result)
    {
        var index = _results.FindIndex(r => r.Subject == result.Subject);
        _results[index] = result;
        return this;
    }
}
