namespace SoLienLac.Domain.Students;

/// <summary>A class such as "6A" or "10A1": the grade, then the school's letters and digits.</summary>
public readonly record struct ClassName
{
    private ClassName(string value, int grade)
    {
        Value = value;
        Grade = grade;
    }

    public string Value { get; }

    public int Grade { get; }

    public static bool TryParse(string? text, out ClassName name)
    {
        name = default;
        var trimmed = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 12) return false;
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits])) digits++;
        if (digits is 0 or > 2) return false;
        var grade = int.Parse(trimmed.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        if (grade is < 1 or > 12) return false;
        for (var i = digits; i < trimmed.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(trimmed[i]) && trimmed[i] is not ('.' or '-' or '_')) return false;
        }
        name = new ClassName(trimmed, grade);
        return true;
    }

    public static ClassName Parse(string text) =>
        TryParse(text, out var name) ? name : throw new FormatException($"\"{text}\" is not a class name");

    public override string ToString() => Value;
}
