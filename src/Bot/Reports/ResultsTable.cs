using System.Globalization;
using System.Text;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Reports;

/// <summary>
/// <c>results --format table|csv</c>. The table is for reading in a terminal (Vietnamese decimals,
/// "—" for not yet); the CSV is for spreadsheets and scripts (a '.' decimal mark, empty for not yet).
/// </summary>
public static class ResultsTable
{
    private static readonly Dictionary<Subject, string> Short = new()
    {
        [SubjectCatalog.Toan] = "Toán", [SubjectCatalog.NguVan] = "Văn", [SubjectCatalog.TiengAnh] = "Anh",
        [SubjectCatalog.GiaoDucCongDan] = "GDCD", [SubjectCatalog.LichSuDiaLi] = "LSĐL", [SubjectCatalog.KhoaHocTuNhien] = "KHTN",
        [SubjectCatalog.CongNghe] = "CN", [SubjectCatalog.TinHoc] = "Tin", [SubjectCatalog.TheDuc] = "GDTC",
        [SubjectCatalog.AmNhac] = "ÂN", [SubjectCatalog.MiThuat] = "MT", [SubjectCatalog.TraiNghiem] = "HĐTN",
        [SubjectCatalog.DiaPhuong] = "GDĐP",
    };

    public static void WriteTable(TextWriter output, IReadOnlyList<StudentResults> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (results.Count == 0) return;
        var header = new List<string> { "Mã HS", "Họ và tên" };
        header.AddRange(results[0].Subjects.Select(s => Short.GetValueOrDefault(s.Subject, s.Subject.Name)));
        header.AddRange(["Học tập", "Rèn luyện", "P", "K", "Danh hiệu", "Lên lớp"]);
        var rows = results.Select(r => Cells(r, s => s.Average is { } a ? VietnameseFormat.Average(a) : "—", "—")).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(Line(header, widths));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in rows) output.WriteLine(Line(row, widths));
    }

    public static void WriteCsv(TextWriter output, IReadOnlyList<StudentResults> results)
    {
        ArgumentNullException.ThrowIfNull(output);
        var header = new List<string> { "student_code", "full_name", "class", "term" };
        if (results.Count > 0) header.AddRange(results[0].Subjects.Select(s => s.Subject.Name));
        header.AddRange(["learning", "conduct", "excused", "unexcused", "title", "promoted"]);
        SchoolCsv.Write(output, header, results.Select(r =>
        {
            var cells = Cells(r, s => s.Average?.ToString("0.0", CultureInfo.InvariantCulture) ?? "", "");
            cells.Insert(2, r.Student.ClassName.Value);
            cells.Insert(3, r.Term is { } t ? ((int)t).ToString(CultureInfo.InvariantCulture) : "year");
            return (IReadOnlyList<string>)cells;
        }));
    }

    private static List<string> Cells(StudentResults r, Func<SubjectResult, string> average, string unknown)
    {
        var cells = new List<string> { r.Student.Code.Value, r.Student.FullName + Left(r) };
        cells.AddRange(r.Subjects.Select(s => s.Subject.IsScored ? average(s) : s.Passed is { } p ? (p ? "Đ" : "CĐ") : unknown));
        cells.Add(r.Learning?.Vietnamese() ?? unknown);
        cells.Add(r.Conduct?.Vietnamese() ?? unknown);
        cells.Add(r.Absences.Excused.ToString(CultureInfo.InvariantCulture));
        cells.Add(r.Absences.Unexcused.ToString(CultureInfo.InvariantCulture));
        cells.Add(r.Title?.Vietnamese() ?? (r.Term is null ? "" : unknown));
        cells.Add(r.Promoted is { } up ? (up ? "Có" : "Không") : unknown);
        return cells;
    }

    private static string Left(StudentResults r) =>
        r.Student.LeftOn is { } left ? $" ({r.Student.Status.Vietnamese()} {VietnameseFormat.Date(left)})" : "";

    private static string Line(List<string> cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) line.Append(" | ");
            line.Append(cells[i].PadRight(widths[i]));
        }
        return line.ToString().TrimEnd();
    }
}
