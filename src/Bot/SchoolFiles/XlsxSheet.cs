using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>The first sheet of a workbook, by MiniExcel: its header, then its rows one at a time.</summary>
internal static class XlsxSheet
{
    // No cache of shared strings on disk: nothing a chat sends is ever written out.
    private static readonly OpenXmlConfiguration Configuration = new() { EnableSharedStringCache = false };

    public static IEnumerable<string> Header(Func<Stream> open)
    {
        using var content = open();
        return MiniExcel.GetColumns(content, useHeaderRow: true, excelType: ExcelType.XLSX, configuration: Configuration);
    }

    public static IEnumerable<ImportRow> Rows(Func<Stream> open)
    {
        using var content = open();
        var line = 1;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(content, useHeaderRow: true, excelType: ExcelType.XLSX, configuration: Configuration))
        {
            line++;
            var cells = new Dictionary<string, string?>(row.Count);
            foreach (var (header, value) in row)
                cells.TryAdd(TableReader.NormalizeHeader(header), SchoolCsv.Unescape(Cell(value)));
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
