using System.Xml;
using CsvHelper;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>
/// Reads a school file — CSV (UTF-8, comma or semicolon) or XLSX (first sheet) — as a header and a
/// stream of rows, never the whole file at once. Line numbers are the ones a spreadsheet shows. Both
/// the <c>import</c> verb and a gradebook sent in a chat come through here, so both get the same
/// guard: an .xlsx that would unpack to far more than a school file (<see cref="XlsxInflation"/>), or
/// a file that is no spreadsheet at all, is refused before a row is read. A cell that
/// <see cref="SchoolCsv"/> escaped against formulas reads back as it was.
/// </summary>
public static class TableReader
{
    /// <summary>A file on this computer (<c>import</c>).</summary>
    public static ImportTable Open(string path) => Open(Path.GetFileName(path), () => File.OpenRead(path));

    /// <summary>A file received in a chat, already in memory and within the upload limit: it is never copied to disk.</summary>
    public static ImportTable Open(string fileName, byte[] content) => Open(fileName, () => new MemoryStream(content, writable: false));

    /// <summary>Whether an exception met while the rows are read means the file is broken (a truncated sheet, bad CSV).</summary>
    public static bool CannotRead(Exception e) =>
        e is CsvHelperException or InvalidDataException or IOException or InvalidOperationException or XmlException or FormatException;

    /// <summary>Header names as the contracts spell them: "Student Code " → "student_code".</summary>
    public static string NormalizeHeader(string header) =>
        header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_');

    /// <param name="open">A fresh stream over the file each call: the header and the rows are read separately.</param>
    private static ImportTable Open(string name, Func<Stream> open)
    {
        var xlsx = Path.GetExtension(name).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (xlsx && !Modest(open)) return Refused(name, ImportProblem.ExpandsTooMuch, XlsxInflation.Limit);
            return xlsx ? new ImportTable(name, Columns(XlsxSheet.Header(open)), XlsxSheet.Rows(open))
                : new ImportTable(name, Columns(CsvSheet.Header(open)), CsvSheet.Rows(open));
        }
        catch (Exception e) when (CannotRead(e))
        {
            return Refused(name, ImportProblem.Unreadable);
        }
    }

    private static ImportTable Refused(string name, ImportProblem problem, string? detail = null) =>
        ImportTable.Refused(name, new ImportError(0, "", null, problem, detail));

    private static bool Modest(Func<Stream> open)
    {
        using var content = open();
        return XlsxInflation.IsModest(content);
    }

    private static HashSet<string> Columns(IEnumerable<string> headers) =>
        headers.Where(h => !string.IsNullOrWhiteSpace(h)).Select(NormalizeHeader).ToHashSet();
}
