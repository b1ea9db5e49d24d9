namespace SoLienLac.Domain.Common;

/// <summary>The four levels Circular 22 uses for learning and training results, lowest first.</summary>
public enum Level
{
    ChuaDat = 0,
    Dat = 1,
    Kha = 2,
    Tot = 3,
}

public static class LevelNames
{
    public static string Vietnamese(this Level level) => level switch
    {
        Level.Tot => "Tốt",
        Level.Kha => "Khá",
        Level.Dat => "Đạt",
        Level.ChuaDat => "Chưa đạt",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>Reads "Tốt", "tot", "Khá", "Đạt", "Chưa đạt", "chua dat" (accents and case ignored).</summary>
    public static bool TryParse(string? text, out Level level)
    {
        level = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        switch (VietnameseText.Fold(text))
        {
            case "tot": level = Level.Tot; return true;
            case "kha": level = Level.Kha; return true;
            case "dat": level = Level.Dat; return true;
            case "chua dat": level = Level.ChuaDat; return true;
            default: return false;
        }
    }
}
