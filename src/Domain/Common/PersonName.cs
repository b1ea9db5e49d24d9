using System.Text;

namespace SoLienLac.Domain.Common;

public static class PersonName
{
    /// <summary>One composed form (NFC) and single spaces, so the same name typed twice is equal.</summary>
    public static string Normalize(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
