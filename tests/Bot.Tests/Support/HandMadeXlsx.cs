using System.IO.Compression;
using System.Text;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// Workbooks put together part by part, for what no spreadsheet program writes: a sheet that unpacks
/// to megabytes of one letter (a decompression bomb), parts nobody reads padding the archive, a sheet
/// cut off in the middle.
/// </summary>
public static class HandMadeXlsx
{
    private const string SheetStart =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    private const string SheetEnd = "</sheetData></worksheet>";

    /// <summary>The scores header, then one row whose <c>student_code</c> is <paramref name="letters"/> letters A, packed as tightly as deflate packs.</summary>
    public static byte[] WithLongCell(int letters) => Build(sheet =>
    {
        sheet.Write(SheetStart + Header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
        var chunk = new string('A', 64 * 1024);
        for (var left = letters; left > 0; left -= chunk.Length) sheet.Write(chunk.AsSpan(0, Math.Min(left, chunk.Length)));
        sheet.Write("</t></is></c>" + Cells(2, 1, "Tiếng Anh", "1", "ck", "9") + "</row>" + SheetEnd);
    });

    /// <summary>The scores header and the given rows, plus <paramref name="padding"/> parts of 1 MiB each that no reader opens.</summary>
    public static byte[] WithPadding(int padding, params string[][] rows) => Build(sheet =>
    {
        sheet.Write(SheetStart + Header);
        for (var i = 0; i < rows.Length; i++) sheet.Write($"<row r=\"{i + 2}\">{Cells(i + 2, 0, rows[i])}</row>");
        sheet.Write(SheetEnd);
    }, padding);

    /// <summary>The scores header, then a row cut off in the middle of a tag.</summary>
    public static byte[] CutOff() => Build(sheet => sheet.Write(SheetStart + Header + "<row r=\"2\"><c r=\"A2\""));

    private static string Header => "<row r=\"1\">" + Cells(1, 0, "student_code", "subject", "term", "kind", "score") + "</row>";

    private static string Cells(int row, int firstColumn, params string[] values) => string.Concat(values.Select((v, i) =>
        $"<c r=\"{(char)('A' + firstColumn + i)}{row}\" t=\"inlineStr\"><is><t>{v}</t></is></c>"));

    private static byte[] Build(Action<StreamWriter> sheet, int padding = 0)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
            Part(zip, "_rels/.rels", w => w.Write(Relationship("officeDocument", "xl/workbook.xml")));
            Part(zip, "xl/workbook.xml", w => w.Write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(Relationship("worksheet", "worksheets/sheet1.xml")));
            Part(zip, "xl/worksheets/sheet1.xml", sheet);
            var megabyte = new string('0', 1024 * 1024);
            for (var i = 0; i < padding; i++) Part(zip, $"xl/media/padding{i}.bin", w => w.Write(megabyte));
        }
        return output.ToArray();
    }

    private static string Relationship(string type, string target) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}\" Target=\"{target}\"/></Relationships>";

    private static void Part(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        write(writer);
    }
}
