namespace SoLienLac.Domain.Grades;

/// <summary>Regular (ĐĐGtx), mid-term (ĐĐGgk) and end-of-term (ĐĐGck) assessments.</summary>
public enum AssessmentKind
{
    Regular,
    MidTerm,
    EndOfTerm,
}

/// <summary>A column of the gradebook: tx1..tx4, gk or ck.</summary>
public readonly record struct Column
{
    public const int MaxRegular = 4;

    private Column(AssessmentKind kind, int index)
    {
        Kind = kind;
        Index = index;
    }

    public AssessmentKind Kind { get; }

    /// <summary>1–4 for regular assessments, 0 otherwise.</summary>
    public int Index { get; }

    public static readonly Column MidTerm = new(AssessmentKind.MidTerm, 0);

    public static readonly Column EndOfTerm = new(AssessmentKind.EndOfTerm, 0);

    public static Column Regular(int index) =>
        index is >= 1 and <= MaxRegular ? new Column(AssessmentKind.Regular, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Reads "tx1".."tx4", "gk", "ck" (case ignored).</summary>
    public static bool TryParse(string? text, out Column column)
    {
        column = default;
        var t = text?.Trim().ToLowerInvariant();
        switch (t)
        {
            case "gk": column = MidTerm; return true;
            case "ck": column = EndOfTerm; return true;
        }
        if (t is { Length: 3 } && t.StartsWith("tx", StringComparison.Ordinal) && t[2] is >= '1' and <= '4')
        {
            column = Regular(t[2] - '0');
            return true;
        }
        return false;
    }

    public static Column Parse(string text) =>
        TryParse(text, out var column) ? column : throw new FormatException($"\"{text}\" is not a column (tx1..tx4, gk, ck)");

    /// <summary>The kind word used in the scores file: tx, gk or ck.</summary>
    public string KindCode => Kind switch
    {
        AssessmentKind.Regular => "tx",
        AssessmentKind.MidTerm => "gk",
        _ => "ck",
    };

    /// <summary>Sorts tx1..tx4, then gk, then ck.</summary>
    public int Order => ((int)Kind * 10) + Index;

    public override string ToString() => Kind == AssessmentKind.Regular ? $"tx{Index}" : KindCode;
}
