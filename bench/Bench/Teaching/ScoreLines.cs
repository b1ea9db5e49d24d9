using System.Globalization;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Teaching;

/// <summary>The lines a teacher types for a column: "HS0012 8,5", one a student of the class, decimal comma as in Vietnam.</summary>
internal static class ScoreLines
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<string> For(IEnumerable<Student> roster, int seed)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var random = new Random(seed);
        return roster.Select(s => $"{s.Code} {(random.Next(30, 101) / 10m).ToString("0.#", Vietnamese)}").ToList();
    }
}
