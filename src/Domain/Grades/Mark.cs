using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Grades;

/// <summary>One assessment's outcome: a score for a scored subject, Đ or CĐ for a comment-assessed one.</summary>
public readonly record struct Mark
{
    private Mark(Score? score, bool? passed)
    {
        Score = score;
        Passed = passed;
    }

    public Score? Score { get; }

    /// <summary>Đ (true) or CĐ (false) for a comment-assessed subject; null for a score.</summary>
    public bool? Passed { get; }

    public bool IsScore => Score is not null;

    public static Mark Of(Score score) => new(score, null);

    public static Mark Comment(bool passed) => new(null, passed);

    public static readonly Mark Dat = Comment(true);

    public static readonly Mark ChuaDat = Comment(false);

    /// <summary>Reads "Đ", "D", "Đạt", "CĐ", "CD", "Chưa đạt" as a comment mark.</summary>
    public static bool TryParseComment(string? text, out Mark mark)
    {
        mark = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        switch (VietnameseText.Fold(text))
        {
            case "d" or "dat": mark = Dat; return true;
            case "cd" or "chua dat": mark = ChuaDat; return true;
            default: return false;
        }
    }

    /// <summary>How the school writes it: "8.5" in files, "Đ"/"CĐ" for comments.</summary>
    public override string ToString() => Score is { } s ? s.ToString() : Passed == true ? "Đ" : "CĐ";

    public string ToVietnamese() => Score is { } s ? s.ToVietnamese() : Passed == true ? "Đ" : "CĐ";
}
