using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>
/// Reads a school file — CSV (UTF-8, comma or semicolon) or XLSX (first sheet) — as a header and a
/// stream of rows, never the whole file at once. Line numbers are the ones a spreadsheet shows. A cell
/// that <see cref="SchoolCsv"/> escaped against formulas reads back as it was.
/// </summary>
public static class TableReader
{
    /// <summary>Opens the file; the caller enumerates <see cref="ImportTable.Rows"/> once.</summary>
    public static ImportTable Open(string path)
    {
        var name = Path.GetFileName(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => new ImportTable(name, Columns(MiniExcel.GetColumns(path, useHeaderRow: true)), XlsxRows(path)),
            _ => new ImportTable(name, CsvColumns(path), CsvRows(path)),
        };
    }

    /// <summary>Header names as the contracts spell them: "Student Code " → "student_code".</summary>
    public static string NormalizeHeader(string header) =>
        header.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_');

    private static HashSet<string> Columns(IEnumerable<string> headers) =>
        headers.Where(h => !string.IsNullOrWhiteSpace(h)).Select(NormalizeHeader).ToHashSet();

    private static HashSet<string> CsvColumns(string path)
    {
        using var csv = OpenCsv(path);
        return csv.Read() && csv.ReadHeader() ? Columns(csv.HeaderRecord!) : [];
    }

    private static IEnumerable<ImportRow> CsvRows(string path)
    {
        using var csv = OpenCsv(path);
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

    private static CsvReader OpenCsv(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
        };
        return new CsvReader(new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true), config);
    }

    private static IEnumerable<ImportRow> XlsxRows(string path)
    {
        var line = 1;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: true))
        {
            line++;
            var cells = new Dictionary<string, string?>(row.Count);
            foreach (var (header, value) in row)
                cells.TryAdd(NormalizeHeader(header), SchoolCsv.Unescape(Cell(value)));
            yield return new ImportRow(line, cells);
        }
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
