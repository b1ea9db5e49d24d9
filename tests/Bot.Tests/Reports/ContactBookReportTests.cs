using System.Text.Json;
using System.Text.RegularExpressions;
using SoLienLac.Bot.Demo;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Reports;

/// <summary><c>report</c> on the demo school: the PDF a homeroom teacher prints, read back with pdftotext.</summary>
public sealed class ContactBookReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public ContactBookReportTests() => _cli = new CliRun(DemoDatabase.CopyTo(_dir));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task TermOne_GivesAPagePerStudent_WithTheSameResultsAsTheResultsVerb()
    {
        var pdf = _dir.File("6A.pdf");

        var report = await _cli.Run("report", "--class", "6A", "--term", "1", "--out", pdf);
        var results = await _cli.Run("results", "--class", "6A", "--term", "1", "--format", "json");

        Assert.Equal(0, report.ExitCode);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        var image = Poppler.FirstPageImage(pdf, _dir.Path);
        Assert.True(image.Length > 10_000 && image[1] == (byte)'P', "the first page rasterises to a real PNG");
        var text = Poppler.Text(pdf);
        Assert.Equal(35, Poppler.Pages(text));
        using var json = JsonDocument.Parse(results.Out);
        var first = json.RootElement[0];
        var page = Poppler.Page(text, 1);
        Assert.Equal(DemoSchool.FirstStudentName, first.GetProperty("full_name").GetString());
        Assert.Contains($"Họ và tên: {DemoSchool.FirstStudentName}", page);
        Assert.Contains("SỔ LIÊN LẠC", page);
        Assert.Contains("Học kì I – Năm học 2026-2027", page);
        Assert.Contains("Lớp: 6A", page);
        var toan = first.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("subject").GetString() == "Toán");
        var average = VietnameseFormat.Average(toan.GetProperty("average").GetDecimal());
        Assert.Contains(",", average);
        Assert.Equal(average, LastCell(page, "Toán"));
        Assert.Contains($"Kết quả học tập: {first.GetProperty("learning").GetString()}", page);
        Assert.Contains($"Kết quả rèn luyện: {first.GetProperty("conduct").GetString()}", page);
        Assert.Contains("Giáo viên chủ nhiệm", page);
        Assert.Contains("Phụ huynh học sinh", page);
        Assert.Contains("Trang 1/35", page);
    }

    [Fact]
    public async Task OneStudent_GivesOnePage()
    {
        var pdf = _dir.File("one.pdf");

        var report = await _cli.Run("report", "--class", "6A", "--term", "1", "--out", pdf, "--student", DemoSchool.FirstStudentCode);

        Assert.Equal(0, report.ExitCode);
        var text = Poppler.Text(pdf);
        Assert.Equal(1, Poppler.Pages(text));
        Assert.Contains(DemoSchool.FirstStudentName, text);
    }

    [Fact]
    public async Task Year_ShowsBothTermsTheYearAndPromotion()
    {
        var report = await _cli.Run("report", "--class", "6A", "--term", "year", "--out", _dir.Path + "/", "--student", "hs0001");

        Assert.Equal(0, report.ExitCode);
        var text = Poppler.Text(_dir.File("so-lien-lac-6A-ca-nam-HS0001.pdf"));
        Assert.Contains("Cả năm – Năm học 2026-2027", text);
        Assert.Contains("Học kì II", text);
        Assert.Contains("Cả năm (ĐTBmcn)", text);
        Assert.Contains("Xét lên lớp: Chưa xét", text); // the demo's today is in term I
        Assert.Contains("Danh hiệu:", text);
    }

    [Fact]
    public async Task AStudentWhoLeft_KeepsTheirPage_MarkedWithTheDate()
    {
        Student left;
        using (var db = SchoolDatabase.Open(_cli.DatabasePath))
        {
            var students = new LiteDbStudentDirectory(db);
            left = students.Classes().SelectMany(students.InClass).First(s => s.Status == StudentStatus.Transferred);
        }
        var pdf = _dir.File("left.pdf");

        var report = await _cli.Run("report", "--class", left.ClassName.Value, "--term", "1", "--out", pdf);

        Assert.Equal(0, report.ExitCode);
        var text = Poppler.Text(pdf);
        var page = text.Split('\f').Single(p => p.Contains($"Mã học sinh: {left.Code}", StringComparison.Ordinal));
        Assert.Contains($"Đã chuyển trường từ {VietnameseFormat.Date(left.LeftOn!.Value)}", page);
    }

    [Fact]
    public async Task WholeSchool_WritesAFilePerClass_WithOneProgressBar()
    {
        var folder = _dir.File("cuoi-ki");

        var report = await _cli.Run("report", "--class", "all", "--term", "1", "--out", folder);

        Assert.Equal(0, report.ExitCode);
        var classes = DemoSchool.Classes(new DemoOptions());
        Assert.Equal(classes.Select(c => $"so-lien-lac-{c}-hk1.pdf").Order(StringComparer.Ordinal),
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var pages = classes.ToDictionary(c => c, c => Poppler.Pages(Poppler.Text(Path.Combine(folder, $"so-lien-lac-{c}-hk1.pdf"))));
        Assert.All(pages.Values, count => Assert.Equal(DemoOptions.DefaultStudentsPerClass, count));
        Assert.Contains($"Họ và tên: {DemoSchool.FirstStudentName}", Poppler.Page(Poppler.Text(Path.Combine(folder, "so-lien-lac-6A-hk1.pdf")), 1));
        var total = pages.Values.Sum();
        // Not a terminal: one bar, a line at every tenth of the way, from nothing to everything.
        var bar = report.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(bar, line => Assert.StartsWith("Toàn trường [", line));
        Assert.Equal(11, bar.Length);
        Assert.EndsWith($"] 0/{total} trang · 0/{classes.Count} lớp", bar[0]);
        Assert.EndsWith($"] {total}/{total} trang · {classes.Count}/{classes.Count} lớp", bar[^1]);
        Assert.Contains($"Sổ liên lạc toàn trường, Học kì I: {classes.Count} lớp, {total} trang", report.Out);
        Assert.Contains($"Lớp 9B: 35 trang → {Path.Combine(folder, "so-lien-lac-9B-hk1.pdf")}", report.Out);
    }

    [Theory]
    [InlineData("x.pdf", null, "phải là một thư mục")]
    [InlineData("books", "HS0001", "--student chỉ dùng với một lớp")]
    public async Task WholeSchool_NeedsAFolder_AndNoStudent(string output, string? student, string message)
    {
        var path = _dir.File(output);
        string[] args = student is null
            ? ["report", "--class", "all", "--term", "1", "--out", path]
            : ["report", "--class", "all", "--term", "1", "--out", path, "--student", student];

        var result = await _cli.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(path) || Directory.Exists(path));
    }

    [Theory]
    [InlineData("6Z", null, "Lớp 6Z không có trong danh sách học sinh.")]
    [InlineData("6A", "HS9999", "Không có học sinh mã HS9999.")]
    [InlineData("6B", "HS0001", "học lớp 6A, không phải lớp 6B")]
    public async Task UnknownClassOrStudent_IsBadInput_AndWritesNothing(string className, string? student, string message)
    {
        var pdf = _dir.File("x.pdf");
        string[] args = student is null
            ? ["report", "--class", className, "--term", "1", "--out", pdf]
            : ["report", "--class", className, "--term", "1", "--out", pdf, "--student", student];

        var result = await _cli.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.False(File.Exists(pdf));
    }

    [Theory]
    [InlineData("report", "--class", "6A", "--term", "1")]
    [InlineData("report", "--class", "6A", "--term", "2", "--out", "x.pdf")]
    [InlineData("report", "--term", "1", "--out", "x.pdf")]
    public async Task WrongUsage_ExitsWith2(params string[] args)
    {
        var result = await _cli.Run(args);

        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>The last cell of the subject's row in the table ("1  Toán  7,5 … 8,1" gives "8,1").</summary>
    private static string LastCell(string page, string subject)
    {
        var row = page.Split('\n').Single(l => Regex.IsMatch(l, $@"^\s*\d+\s+{Regex.Escape(subject)}\s{{2,}}"));
        return row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
    }
}
