using System.Globalization;

namespace SoLienLac.Domain.Common;

/// <summary>Dates as dd/MM/yyyy and decimals with a comma, as Vietnamese readers write them.</summary>
public static class VietnameseFormat
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>One decimal, always shown: 8,0 · 8,3 · 10,0.</summary>
    public static string Average(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
