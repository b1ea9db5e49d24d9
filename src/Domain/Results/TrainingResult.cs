using SoLienLac.Domain.Common;

namespace SoLienLac.Domain.Results;

/// <summary>Circular 22, Article 8: the year's training result (kết quả rèn luyện) from the two terms'.</summary>
public static class TrainingResult
{
    public static Level? Year(Level? termOne, Level? termTwo) =>
        termOne is { } one && termTwo is { } two ? Year(one, two) : null;

    public static Level Year(Level termOne, Level termTwo) => (termTwo, termOne) switch
    {
        (Level.Tot, >= Level.Kha) => Level.Tot,
        (Level.Tot, _) => Level.Kha,
        (Level.Kha, >= Level.Dat) => Level.Kha,
        (Level.Kha, _) => Level.Dat,
        (Level.Dat, Level.Tot) => Level.Kha,
        (Level.Dat, _) => Level.Dat,
        _ => Level.ChuaDat,
    };
}
