using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>A CSV file (UTF-8; comma, semicolon or tab), by CsvHelper: its header, then its rows one at a time.</summary>
internal static class CsvSheet
{
    public static IEnumerable<string> Header(Func<Stream> open)
    {
        using var csv = Reader(open);
        return csv.Read() && csv.ReadHeader() ? csv.HeaderRecord! : [];
    }

    public static IEnumerable<ImportRow> Rows(Func<Stream> open)
    {
        using var csv = Reader(open);
        if (!csv.Read() || !csv.ReadHeader()) yield break;
        var headers = csv.HeaderRecord!.Select(TableReader.NormalizeHeader).ToArray();
        while (csv.Read())
        {
            var cells = new Dictionary<string, string?>(headers.Length);
            for (var i = 0; i < headers.Length; i++)
                cells.TryAdd(headers[i], i < csv.Parser.Count ? SchoolCsv.Unescape(csv.Parser[i]) : null);
            yield return new ImportRow(csv.Parser.Row, cells);
        }
    }

    private static CsvReader Reader(Func<Stream> open)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
        };
        return new CsvReader(new StreamReader(open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true), config);
    }
}
