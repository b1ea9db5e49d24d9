namespace SoLienLac.Domain.Students;

/// <summary>
/// A class such as "6A" or "10A1": the grade, then the school's letters and digits. In a store of
/// many schools a class also names its school ("THCS-NGUYENDU/6A"): 6A of one school is not 6A of
/// another, so every record kept by class, and every right given by class, stays in its school.
/// A store of one school keeps its classes without a school, exactly as before schools existed.
/// </summary>
public readonly record struct ClassName
{
    private ClassName(string value, int grade, string? school)
    {
        Value = value;
        Grade = grade;
        School = school;
    }

    /// <summary>The class as the school writes it: "6A".</summary>
    public string Value { get; }

    public int Grade { get; }

    /// <summary>The school's code in a store of many schools; null in a store of one.</summary>
    public string? School { get; }

    /// <summary>How the class is stored and compared: "6A", or "THCS-NGUYENDU/6A" with its school.</summary>
    public string Key => School is null ? Value : $"{School}/{Value}";

    /// <summary>Reads "6A", or the stored "SCHOOL/6A".</summary>
    public static bool TryParse(string? text, out ClassName name)
    {
        name = default;
        var trimmed = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(trimmed)) return false;
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        string? school = null;
        if (slash >= 0)
        {
            school = trimmed[..slash];
            if (!Schools.School.IsCode(school)) return false;
            trimmed = trimmed[(slash + 1)..];
        }
        if (trimmed.Length is 0 or > 12) return false;
        var digits = 0;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits])) digits++;
        if (digits is 0 or > 2) return false;
        var grade = int.Parse(trimmed.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        if (grade is < 1 or > 12) return false;
        for (var i = digits; i < trimmed.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(trimmed[i]) && trimmed[i] is not ('.' or '-' or '_')) return false;
        }
        name = new ClassName(trimmed, grade, school);
        return true;
    }

    public static ClassName Parse(string text) =>
        TryParse(text, out var name) ? name : throw new FormatException($"\"{text}\" is not a class name");

    /// <summary>The same class in the given school (null: a store of one school).</summary>
    public ClassName In(string? school) => new(Value, Grade, school);

    public override string ToString() => Value;
}
