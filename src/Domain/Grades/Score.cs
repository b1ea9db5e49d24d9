using System.Globalization;

namespace SoLienLac.Domain.Grades;

/// <summary>A score from 0 to 10 with at most one decimal, read with '.' or ',' as the decimal mark.</summary>
public readonly record struct Score : IComparable<Score>
{
    private Score(decimal value) => Value = value;

    public decimal Value { get; }

    public static Score Of(decimal value) =>
        IsValid(value) ? new Score(value) : throw new ArgumentOutOfRangeException(nameof(value), value, "a score is 0–10 with one decimal");

    public static bool IsValid(decimal value) => value is >= 0m and <= 10m && decimal.Round(value, 1) == value;

    /// <summary>Why the text is not a score, or null when it is one.</summary>
    public static ScoreProblem? TryParse(string? text, out Score score)
    {
        score = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return ScoreProblem.Missing;
        if (!decimal.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var value))
            return ScoreProblem.NotANumber;
        if (value is < 0m or > 10m) return ScoreProblem.OutOfRange;
        if (decimal.Round(value, 1) != value) return ScoreProblem.TooManyDecimals;
        score = new Score(decimal.Round(value, 1));
        return null;
    }

    public int CompareTo(Score other) => Value.CompareTo(other.Value);

    /// <summary>"8,5" — the Vietnamese way; whole numbers keep no decimal ("8").</summary>
    public string ToVietnamese() => Format(Value, ",");

    public override string ToString() => Format(Value, ".");

    private static string Format(decimal value, string mark) =>
        value.ToString(value == decimal.Truncate(value) ? "0" : "0.0", CultureInfo.InvariantCulture).Replace(".", mark, StringComparison.Ordinal);

    public static bool operator <(Score left, Score right) => left.CompareTo(right) < 0;

    public static bool operator >(Score left, Score right) => left.CompareTo(right) > 0;

    public static bool operator <=(Score left, Score right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Score left, Score right) => left.CompareTo(right) >= 0;
}

public enum ScoreProblem
{
    Missing,
    NotANumber,
    OutOfRange,
    TooManyDecimals,
}
