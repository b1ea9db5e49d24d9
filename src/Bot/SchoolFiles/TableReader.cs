using System.Globalization;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
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
    // No cache of shared strings on disk: nothing a chat sends is ever written out.
    private static readonly OpenXmlConfiguration Xlsx = new() { EnableSharedStringCache = false };

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

    private static ImportTable Open(string name, Func<Stream> open)
    {
        var xlsx = Path.GetExtension(name).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        try
        {
            if (xlsx && !Modest(open)) return Refused(name, ImportProblem.ExpandsTooMuch, XlsxInflation.Limit);
            return xlsx ? new ImportTable(name, XlsxColumns(open), XlsxRows(open)) : new ImportTable(name, CsvColumns(open), CsvRows(open));
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

    private static HashSet<string> XlsxColumns(Func<Stream> open)
    {
        using var content = open();
        return Columns(MiniExcel.GetColumns(content, useHeaderRow: true, excelType: ExcelType.XLSX, configuration: Xlsx));
    }

    private static IEnumerable<ImportRow> XlsxRows(Func<Stream> open)
    {
        using var content = open();
        var line = 1;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(content, useHeaderRow: true, excelType: ExcelType.XLSX, configuration: Xlsx))
        {
            line++;
            var cells = new Dictionary<string, string?>(row.Count);
            foreach (var (header, value) in row)
                cells.TryAdd(NormalizeHeader(header), SchoolCsv.Unescape(Cell(value)));
            yield return new ImportRow(line, cells);
        }
    }

    private static HashSet<string> CsvColumns(Func<Stream> open)
    {
        using var csv = OpenCsv(open);
        return csv.Read() && csv.ReadHeader() ? Columns(csv.HeaderRecord!) : [];
    }

    private static IEnumerable<ImportRow> CsvRows(Func<Stream> open)
    {
        using var csv = OpenCsv(open);
        if (!csv.Read() || !csv.ReadHeader()) yield break;
        var headers = csv.HeaderRecord!.Select(NormalizeHeader).ToArray();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string?>(headers.Length);
            for (var i = 0; i < headers.Length; i++)
                cells.TryAdd(headers[i], i < csv.Parser.Count ? SchoolCsv.Unescape(csv.Parser[i]) : null);
            yield return new ImportRow(csv.Parser.Row, cells);
        }
    }

    private static CsvReader OpenCsv(Func<Stream> open)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
        };
        return new CsvReader(new StreamReader(open(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true), config);
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
