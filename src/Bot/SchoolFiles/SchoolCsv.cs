using System.Globalization;
using SoLienLac.Files;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SoLienLac.Bot.Storage;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>
/// Every CSV the bot writes (activation codes, results, the exported gradebook) is written here, by
/// CsvHelper: a cell with a comma, a quote or a line break is quoted and its quotes doubled, and a cell
/// a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return — a student
/// named <c>=HYPERLINK(…)</c>) gets a leading apostrophe, so it shows as the text it is.
/// <see cref="TableReader"/> takes that apostrophe off again, so a file written here reads back as it was.
/// </summary>
public static class SchoolCsv
{
    private const string FormulaStarts = "=+-@\t\r";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionEscapeCharacter = '\'',
        // As these files were written before they came here: one line a row, as the system writes lines.
        NewLine = Environment.NewLine,
    };

    /// <summary>
    /// A new file (UTF-8 with a byte-order mark, so Excel reads the Vietnamese right), replacing any,
    /// readable by the service's user only (<see cref="PrivateFiles"/>).
    /// </summary>
    public static void WriteFile(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        PrivateFiles.Write(path, file =>
        {
            using var writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
            Write(writer, header, rows);
        });

    public static void Write(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var csv = new CsvWriter(output, Configuration, leaveOpen: true);
        WriteRow(csv, header);
        foreach (var row in rows) WriteRow(csv, row);
    }

    /// <summary>A cell as it was before <see cref="Write"/> escaped it: <c>'=SUM(A1)</c> → <c>=SUM(A1)</c>.</summary>
    public static string? Unescape(string? cell) =>
        cell is { Length: >= 2 } && cell[0] == '\'' && FormulaStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    private static void WriteRow(CsvWriter csv, IReadOnlyList<string> cells)
    {
        foreach (var cell in cells) csv.WriteField(cell);
        csv.NextRecord();
    }
}
