using System.Globalization;
using System.Text;

namespace SoLienLac.Domain.Common;

/// <summary>Folds Vietnamese text so that "Điểm Toán", "diem toan" and "DIEM  TOAN" compare equal.</summary>
public static class VietnameseText
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var folded = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(folded);
            lastWasSpace = false;
        }
        return builder.ToString().TrimEnd();
    }

    public static bool SameWords(string a, string b) => Fold(a) == Fold(b);
}
