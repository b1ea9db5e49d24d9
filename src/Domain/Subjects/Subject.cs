using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Subjects;

/// <summary>A subject of the programme. Two subjects are the same when their names are.</summary>
public sealed class Subject : IEquatable<Subject>
{
    private readonly int _periodsPerYear;
    private readonly int? _periodsInGradeNine;

    internal Subject(string name, SubjectKind kind, int periodsPerYear, int? periodsInGradeNine, params string[] aliases)
    {
        Name = name;
        Kind = kind;
        _periodsPerYear = periodsPerYear;
        _periodsInGradeNine = periodsInGradeNine;
        Aliases = aliases;
    }

    public string Name { get; }

    public SubjectKind Kind { get; }

    public IReadOnlyList<string> Aliases { get; }

    public bool IsScored => Kind == SubjectKind.Scored;

    public int PeriodsPerYear(int grade) => grade == 9 && _periodsInGradeNine is { } nine ? nine : _periodsPerYear;

    /// <summary>Regular assessments a term (ĐĐGtx): 2 up to 35 periods a year, 3 up to 70, 4 above.</summary>
    public int RegularAssessments(int grade) => PeriodsPerYear(grade) switch
    {
        <= 35 => 2,
        <= 70 => 3,
        _ => 4,
    };

    public bool Matches(string text)
    {
        var folded = VietnameseText.Fold(text);
        return VietnameseText.Fold(Name) == folded || Aliases.Any(a => VietnameseText.Fold(a) == folded);
    }

    public bool Equals(Subject? other) => other is not null && other.Name == Name;

    public override bool Equals(object? obj) => obj is Subject other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => Name;

    public static bool operator ==(Subject? left, Subject? right) => Equals(left, right);

    public static bool operator !=(Subject? left, Subject? right) => !Equals(left, right);
}
