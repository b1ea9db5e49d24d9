namespace SoLienLac.Domain.Calendar;

/// <summary>Học kì I and học kì II of a school year.</summary>
public enum Term
{
    I = 1,
    II = 2,
}

public static class Terms
{
    public static bool TryParse(string? text, out Term term)
    {
        term = default;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "1" or "I": term = Term.I; return true;
            case "2" or "II": term = Term.II; return true;
            default: return false;
        }
    }

    public static string Vietnamese(this Term term) => term == Term.I ? "Học kì I" : "Học kì II";
}
