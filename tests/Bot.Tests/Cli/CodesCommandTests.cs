using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary><c>codes</c>: a code per student that a family can link with, once; issuing again voids the old ones.</summary>
public sealed class CodesCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public CodesCommandTests() => _cli = new CliRun(DemoDatabase.CopyTo(_dir));

    public void Dispose() => _dir.Dispose();

    private static string[] Rows(string file) => File.ReadAllLines(file).Skip(1).ToArray();

    [Fact]
    public async Task Codes_AreWrittenToCsv_AndLinkAFamilyInOneStep()
    {
        var file = _dir.File("6A-codes.csv");

        var result = await _cli.Run("codes", "--class", "6A", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("student_code,full_name,code,expires_on", File.ReadLines(file).First());
        var first = Rows(file)[0].Split(',');
        Assert.Equal("HS0001", first[0]);
        Assert.Matches("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$", first[2]);
        Assert.Equal("2027-07-31", first[3]);
        var chat = await _cli.RunWithInput($"/start HS0001_{first[2].Replace("-", "", StringComparison.Ordinal)}\n1\n/diem\n", "chat");
        Assert.Contains("Xác minh thành công", chat.Out);
        Assert.Contains("📘 Điểm Học kì I", chat.Out);
    }

    [Fact]
    public async Task IssuingAgain_VoidsTheOldCodes()
    {
        var first = _dir.File("first.csv");
        var second = _dir.File("second.csv");
        await _cli.Run("codes", "--class", "6A", "--out", first);
        await _cli.Run("codes", "--class", "6A", "--out", second);
        var old = Rows(first)[1].Split(',')[2];

        var chat = await _cli.RunWithInput($"/start\nHS0002\n{old}\n", "chat");

        Assert.Contains("Thông tin chưa khớp với hồ sơ của nhà trường", chat.Out);
    }

    [Fact]
    public async Task UnknownClass_IsBadInput()
    {
        var result = await _cli.Run("codes", "--class", "6Z", "--out", _dir.File("x.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Lớp 6Z không có trong danh sách học sinh.", result.Error);
    }

    [Fact]
    public async Task PdfLetters_NameTheChildAndTheCode_WithTheDeepLink()
    {
        _cli.Settings["Telegram:BotUsername"] = "SoLienLacNguyenDuBot";
        var file = _dir.File("6A-thu.pdf");

        var result = await _cli.Run("codes", "--class", "6A", "--out", file);
        var text = Reports.Poppler.Text(file);
        var image = Reports.Poppler.FirstPageImage(file, _dir.Path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], image[..4]);
        Assert.True(image.Length > 10_000, "the first page rasterises to a real image");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("THƯ MỜI KẾT NỐI SỔ LIÊN LẠC ĐIỆN TỬ", text);
        Assert.Contains("Lê Quỳnh Hằng", text);
        Assert.Contains("HS0001", text);
        Assert.Matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", text);
        Assert.Contains("https://t.me/SoLienLacNguyenDuBot?start=HS0001_", text);
    }

    [Fact]
    public async Task TeacherLetters_NameTheTeacherTheirClassesAndTheCode()
    {
        _cli.Settings["Telegram:BotUsername"] = "SoLienLacNguyenDuBot";
        var file = _dir.File("giao-vien.pdf");

        var result = await _cli.Run("codes", "--teacher", "GV003", "--out", file);
        var text = Reports.Poppler.Text(file);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Giáo viên: 1 mã kích hoạt mới", result.Out);
        Assert.Contains("Kính gửi thầy/cô", text);
        Assert.Contains("Mã giáo viên: GV003", text);
        Assert.Contains("Chủ nhiệm 6A", text);
        Assert.Contains("Zalo: tìm tài khoản sổ liên lạc của trường, gửi «/start»", text);
        Assert.Contains("https://t.me/SoLienLacNguyenDuBot?start=GV003_", text);
    }

    [Fact]
    public async Task EveryTeachersCode_LinksThatTeacherInTheLocalChat()
    {
        var file = _dir.File("giao-vien.csv");

        var result = await _cli.Run("codes", "--teacher", "all", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("teacher_code,full_name,code,expires_on", File.ReadLines(file).First());
        var principal = Rows(file).Select(r => r.Split(',')).Single(r => r[0] == "GV001");
        var chat = await _cli.RunWithInput($"/start\nGV001\n{principal[^2]}\n", "chat");
        Assert.Contains("Xin chào thầy/cô", chat.Out);
    }

    [Theory]
    [InlineData("codes", "--out", "x.csv")]
    [InlineData("codes", "--class", "6A", "--teacher", "all", "--out", "x.csv")]
    public async Task NeitherOrBoth_ClassAndTeacher_IsWrongUsage(params string[] args)
    {
        var result = await _cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Cần đúng một trong hai", result.Error);
    }

    [Fact]
    public async Task UnknownTeacher_IsBadInput()
    {
        var result = await _cli.Run("codes", "--teacher", "GV999", "--out", _dir.File("x.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--teacher \"GV999\": không có giáo viên mã này", result.Error);
        Assert.False(File.Exists(_dir.File("x.csv")));
    }
}
