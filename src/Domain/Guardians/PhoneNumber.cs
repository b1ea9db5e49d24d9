namespace SoLienLac.Domain.Guardians;

/// <summary>
/// A Vietnamese phone number kept in its national form ("0912345678"), so that "0912 345 678",
/// "0912.345.678", "84912345678" and "+84912345678" are one and the same number.
/// </summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string national) => National = national;

    /// <summary>Digits only, starting with 0: "0912345678".</summary>
    public string National { get; }

    /// <summary>"0912 345 678", the way a Vietnamese reader groups it.</summary>
    public string Display => National.Length == 10
        ? $"{National[..4]} {National[4..7]} {National[7..]}"
        : $"{National[..4]} {National[4..8]} {National[8..]}";

    public static bool TryParse(string? text, out PhoneNumber phone)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        Span<char> digits = stackalloc char[text.Length];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) digits[count++] = c;
            else if (c == '+' && count == 0) continue;
            else if (c is not (' ' or '.' or '-' or '(' or ')')) return false;
        }
        var number = new string(digits[..count]);
        if (number.StartsWith("0084", StringComparison.Ordinal)) number = "0" + number[4..];
        else if (number.StartsWith("840", StringComparison.Ordinal) && number.Length >= 12) number = number[2..];
        else if (number.StartsWith("84", StringComparison.Ordinal) && number.Length >= 11) number = "0" + number[2..];
        else if (!number.StartsWith('0') && number.Length == 9) number = "0" + number;
        if (number.Length is < 10 or > 11 || number[0] != '0' || number[1] == '0') return false;
        phone = new PhoneNumber(number);
        return true;
    }

    /// <summary>
    /// Ten digits beginning 01: no Vietnamese subscriber has such a number (mobiles begin 03, 05,
    /// 07, 08, 09; landlines 02; the old 01 mobiles had eleven digits and were renumbered in 2018),
    /// so no chat app can vouch for one. The demo school's people get these, and a school's files may
    /// not carry them: nobody can ever verify as a demo person outside the local chat.
    /// </summary>
    public bool IsReservedForDemo => National.Length == 10 && National[1] == '1';

    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var phone) ? phone : throw new FormatException($"\"{text}\" is not a phone number");

    public override string ToString() => National;
}
