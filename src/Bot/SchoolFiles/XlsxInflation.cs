using System.Globalization;
using System.IO.Compression;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>
/// Looks at the parts of an .xlsx before anything unpacks them. An upload limit counts packed bytes,
/// and deflate packs a run of one letter about a thousand to one: a 262 KB workbook once held a single
/// 256 MiB cell. The sizes come from the archive's directory; System.IO.Compression stops unpacking a
/// part at the size the directory states, so a directory that understates a part does not get it past.
/// </summary>
internal static class XlsxInflation
{
    /// <summary>
    /// All the parts together, unpacked. A 2,000-row gradebook is about 0.5 MB of sheet, a whole
    /// school's roster a few MB; a file past this is split (by grade, by class) before it is imported.
    /// </summary>
    public const long MaxUnpackedBytes = 50L * 1024 * 1024;

    /// <summary>Spreadsheets pack about 5 to 30 to one; a big part packed tighter than this is a bomb.</summary>
    public const int MaxRatio = 100;

    /// <summary>Small parts (styles, relationships) may pack tightly without harm.</summary>
    private const long RatioCheckedAbove = 1024 * 1024;

    /// <summary>"50 MB": the limit as the refusal states it.</summary>
    public static string Limit => (MaxUnpackedBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB";

    /// <summary>Whether the workbook unpacks to a size a school file has.</summary>
    /// <exception cref="InvalidDataException">The content is not a zip archive.</exception>
    public static bool IsModest(Stream content)
    {
        using var archive = new ZipArchive(content, ZipArchiveMode.Read);
        long total = 0;
        foreach (var part in archive.Entries)
        {
            total += part.Length;
            if (total > MaxUnpackedBytes) return false;
            if (part.Length > RatioCheckedAbove && part.Length > MaxRatio * Math.Max(part.CompressedLength, 1)) return false;
        }
        return true;
    }
}
