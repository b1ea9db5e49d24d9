namespace SoLienLac.Domain.Students;

/// <summary>The school's code for a student ("HS0012"): letters, digits, '.', '-' or '_', compared without case.</summary>
public readonly record struct StudentCode
{
    private StudentCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out StudentCode code)
    {
        code = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 32) return false;
        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or '_')) return false;
        }
        code = new StudentCode(trimmed.ToUpperInvariant());
        return true;
    }

    public static StudentCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"\"{text}\" is not a student code");

    public override string ToString() => Value;
}
