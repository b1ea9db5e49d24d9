namespace SoLienLac.Domain.Results;

/// <summary>Averages are kept to one decimal, rounding half away from zero (8.25 → 8.3), in decimal.</summary>
public static class Rounding
{
    public static decimal OneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
