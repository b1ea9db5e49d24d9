using SoLienLac.Bot.Demo;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Domain.Students;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels;

/// <summary>The local chat with piped input: one line in, the replies out — what README promises a new user.</summary>
public sealed class ConsoleChatTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly TempDirectory _dir2 = new();
    private readonly CliRun _cli;

    public ConsoleChatTests() => _cli = new CliRun(_dir.File("school.db"));

    public void Dispose()
    {
        _dir.Dispose();
        _dir2.Dispose();
    }

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    [Fact]
    public async Task DemoParent_VerifiesWithTheirPhone_AndSeesScoresAndAbsences()
    {
        var result = await _cli.RunWithInput(Lines($"/as {DemoSchool.FirstParentPhone}", "/start", DemoSchool.FirstStudentCode, "/sdt", "1", "/diem", "chuyen can"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Xác minh thành công. Bạn đã liên kết với: {DemoSchool.FirstStudentName} (lớp 6A, mã HS0001)", result.Out);
        Assert.Contains("🔒 Đồng ý cho nhà trường xử lý dữ liệu cá nhân", result.Out);
        Assert.Contains("✅ Cảm ơn phụ huynh.", result.Out);
        Assert.Contains("📘 Điểm Học kì I, năm học 2026-2027", result.Out);
        Assert.Contains("• Toán: TX ", result.Out);
        Assert.Contains("Kết quả học tập Học kì I: ", result.Out);
        Assert.Contains("📅 Chuyên cần năm học 2026-2027", result.Out);
        Assert.Contains("/45 buổi", result.Out);
    }

    [Fact]
    public async Task DemoParent_WritesToTheHomeroomTeacher_FromTheHelpsButton()
    {
        var result = await _cli.RunWithInput(Lines($"/as {DemoSchool.FirstParentPhone}", "/start", DemoSchool.FirstStudentCode, "/sdt", "1",
            "/trogiup", "1", "Cô ơi, con xin nghỉ tiết thể dục hôm nay ạ.", "/nhangv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1. ✉️ Nhắn giáo viên", result.Out);
        Assert.Contains("giáo viên chủ nhiệm lớp 6A", result.Out);
        // The demo's teachers have no chat yet: the message waits for them, and the parent is told so.
        Assert.Contains("Thầy/cô chưa kết nối sổ liên lạc trên điện thoại; tin nhắn được lưu lại, thầy/cô sẽ đọc được khi kết nối (/hoithoai).", result.Out);
        Assert.Contains("Cô ơi, con xin nghỉ tiết thể dục hôm nay ạ.", result.Out[result.Out.LastIndexOf("💬 Trao đổi về em", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task SchoolLanguageEnglish_MakesTheLocalChatEnglish_ItsOwnLinesToo()
    {
        _cli.Settings["School:Language"] = "en";

        var result = await _cli.RunWithInput(Lines($"/as {DemoSchool.FirstParentPhone}", "/start", DemoSchool.FirstStudentCode, "/sdt", "1", "/diem", "/roi"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"You are writing as 0117 090 459.\n• Bố Lê Xuân Huy, parent of {DemoSchool.FirstStudentName} (HS0001, class 6A).", result.Out);
        Assert.Contains("  (type /sdt to share your phone number)", result.Out);
        Assert.Contains($"Verified. You are now linked with: {DemoSchool.FirstStudentName} (class 6A, code HS0001)", result.Out);
        Assert.Contains("📘 Scores, Term I, school year 2026-2027", result.Out);
        Assert.Contains($"1. Unlink {DemoSchool.FirstStudentName}", result.Out);
        Assert.DoesNotContain("Bạn", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buttons_ArePressedByTheirNumber()
    {
        var result = await _cli.RunWithInput(Lines($"/as {DemoSchool.FirstParentPhone}", "/start", DemoSchool.FirstStudentCode, "/sdt", "1", "/roi", "1"));

        Assert.Contains("1. Hủy liên kết", result.Out);
        Assert.Contains("Đã hủy liên kết (HS0001)", result.Out);
    }

    [Fact]
    public async Task Guest_WithoutVerifying_SeesNoRecords()
    {
        var result = await _cli.RunWithInput(Lines("/diem", "diem toan", "abc xyz"));

        Assert.Contains("Bạn chưa xác minh là phụ huynh. Gõ /start", result.Out);
        Assert.DoesNotContain("TB ", result.Out);
        Assert.Contains("Bot chưa hiểu ý bạn.", result.Out);
    }

    [Fact]
    public async Task Teacher_SharingTheirPhone_IsRecognised()
    {
        var result = await _cli.RunWithInput(Lines($"/as {DemoSchool.HomeroomTeacherPhone}", "/start", "/sdt"));

        Assert.Contains("Bạn đã được xác minh là giáo viên của trường", result.Out);
    }

    [Fact]
    public async Task GradebookThatNeverEnds_IsRefusedAtTwoMegabytes()
    {
        // A device states no size and never ends: the file is read to the limit, not to its end.
        var endless = _dir2.File("vo-tan.csv");
        File.CreateSymbolicLink(endless, "/dev/zero");

        var result = await _cli.RunWithInput(Lines($"/as {DemoSchool.HomeroomTeacherPhone}", "/start", "/sdt", $"/tep {endless}"));

        Assert.Contains("Tệp vo-tan.csv lớn quá 2 MB.", result.Out);
    }

    [Fact]
    public async Task TransferredStudent_StaysViewable_MarkedWithTheDateTheyLeft()
    {
        var cli = new CliRun(DemoDatabase.CopyTo(_dir2));
        string phone;
        using (var db = SchoolDatabase.Open(cli.DatabasePath))
            phone = new LiteDbStudentDirectory(db).GuardiansOf(StudentCode.Parse("HS0060")).First(g => g.Phone is not null).Phone!.Value.National;

        var result = await cli.RunWithInput(Lines($"/as {phone}", "/start", "HS0060", "/sdt", "1", "/diem"));

        Assert.Matches(@"mã HS0060\) — đã chuyển trường từ \d\d/10/2026", result.Out);
        Assert.Contains("📘 Điểm Học kì I", result.Out);
    }

    [Fact]
    public async Task ClosedTerm_IsChangedOnlyByAnAdmin_WithAReason()
    {
        var cli = new CliRun(DemoDatabase.CopyTo(_dir2));
        cli.Settings["School:ClosedTerms:0"] = "1";

        var teacher = await cli.RunWithInput(Lines($"/as {DemoSchool.HomeroomTeacherPhone}", "/start", "/sdt", "/nhapdiem 6A Toán tx1 HS0001 9 lý do: nhập nhầm"));
        var admin = await cli.RunWithInput(Lines($"/as {DemoSchool.PrincipalPhone}", "/start", "/sdt",
            "/nhapdiem 6A Toán tx1 HS0001 9", "/nhapdiem 6A Toán tx1 HS0001 9 lý do: chấm phúc khảo", "/xacnhan", "/lichsu HS0001"));

        Assert.Contains("Học kì này đã khóa sổ: chỉ ban giám hiệu/giáo vụ được sửa, kèm lý do.", teacher.Out);
        Assert.Contains("Học kì này đã khóa sổ. Để sửa, hãy gửi lại lệnh kèm lý do", admin.Out);
        Assert.Contains("✅ Đã lưu 1 điểm Toán cột tx1 lớp 6A", admin.Out);
        Assert.Matches(@"Toán Học kì I tx1: [\d.]+ → 9 — chấm phúc khảo", admin.Out);
    }
}
