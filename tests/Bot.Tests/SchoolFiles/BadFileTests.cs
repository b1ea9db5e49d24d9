using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.SchoolFiles;

/// <summary>A bad file names the file, line and column, exits with 1, and changes nothing.</summary>
public sealed class BadFileTests : IDisposable
{
    private const string Header = "student_code,subject,term,kind,score\n";
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public BadFileTests() => _cli = new CliRun(_dir.File("school.db"));

    public void Dispose() => _dir.Dispose();

    private async Task<string> Snapshot() =>
        (await _cli.Run("results", "--class", "6C", "--term", "1", "--format", "json")).Out;

    [Theory]
    [InlineData("HS9001,Toán,1,tx,11", "scores.csv:3: score \"11\" nằm ngoài thang điểm 0–10")]
    [InlineData("HS9001,Toán,1,tx,-1", "scores.csv:3: score \"-1\" nằm ngoài thang điểm 0–10")]
    [InlineData("HS9001,Toán,1,tx,8.55", "scores.csv:3: score \"8.55\" có quá một chữ số thập phân")]
    [InlineData("HS9001,Toán,1,tx,abc", "scores.csv:3: score \"abc\" không phải điểm số")]
    [InlineData("HS9001,Toán,1,tx,Đ", "scores.csv:3: score \"Đ\" — môn Toán chấm điểm 0–10, không phải Đ/CĐ")]
    [InlineData("HS9001,Âm nhạc,1,tx,8", "scores.csv:3: score \"8\" — môn Âm nhạc đánh giá bằng nhận xét: chỉ nhận Đ hoặc CĐ")]
    [InlineData("HS0404,Toán,1,tx,8", "scores.csv:3: student_code \"HS0404\" không có trong danh sách học sinh")]
    [InlineData("HS9001,Thiên văn,1,tx,8", "scores.csv:3: subject \"Thiên văn\" không phải môn học trong chương trình")]
    [InlineData("HS9001,Toán,3,tx,8", "scores.csv:3: term \"3\" không hợp lệ: học kì là 1 hoặc 2")]
    [InlineData("HS9001,Toán,1,tx9,8", "scores.csv:3: kind \"tx9\" không hợp lệ: cần tx, gk hoặc ck")]
    [InlineData("HS9001,Toán,1,gk,", "scores.csv:3: score — ô này không được để trống")]
    [InlineData("HS9001,Toán,1,gk,7\nHS9001,Toán,1,gk,8", "scores.csv:4: score \"8\" khác với dòng 3 cho cùng một mục")]
    [InlineData("HS9001,Toán,1,tx,7\nHS9001,Toán,1,tx,7\nHS9001,Toán,1,tx,7\nHS9001,Toán,1,tx,7\nHS9001,Toán,1,tx,7", "scores.csv:7: kind \"tx\" — quá 4 lần đánh giá thường xuyên (tx) trong một học kì")]
    public async Task BadScoreRow_IsNamed_AndNothingIsWritten(string badRows, string expected)
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var before = await Snapshot();
        var file = _dir.Write("scores.csv", Header + "HS9001,Toán,1,ck,9\n" + badRows + "\n");

        var result = await _cli.Run("import", "scores", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Contains("không có gì được ghi", result.Error);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task MissingColumn_IsNamedOnTheHeaderLine()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var file = _dir.Write("scores.csv", "student_code,subject,term,score\nHS9001,Toán,1,8\n");

        var result = await _cli.Run("import", "scores", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("scores.csv:1: kind — thiếu cột này ở dòng tiêu đề", result.Error);
    }

    [Fact]
    public async Task EveryBadRowIsListed_NotOnlyTheFirst()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var file = _dir.Write("scores.csv", Header + "HS9001,Toán,1,tx,11\nHS9001,Toán,1,gk,8\nHS9002,Văn,1,ck,x\n");

        var result = await _cli.Run("import", "scores", file);

        Assert.Contains("scores.csv:2: score \"11\"", result.Error);
        Assert.Contains("scores.csv:4: score \"x\"", result.Error);
        Assert.Contains("2 lỗi", result.Error);
    }

    [Theory]
    [InlineData("roster", "student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation\nHS1,An,2015-13-01,6A,,,\n", "roster.csv:2: date_of_birth \"2015-13-01\" không phải ngày hợp lệ")]
    [InlineData("roster", "student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation\nHS1,An,2015-01-01,6A,Bố An,0912,Bố\n", "roster.csv:2: guardian_phone \"0912\" không phải số điện thoại Việt Nam hợp lệ")]
    [InlineData("roster", "student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation,status\nHS1,An,2015-01-01,6A,,,,transferred\n", "roster.csv:2: left_on — học sinh đã chuyển trường hoặc thôi học cần ngày rời trường")]
    [InlineData("roster", "student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation\nHS1,An,2015-01-01,6A,,,\nHS1,An,2015-01-01,6B,,,\n", "roster.csv:3: class \"6B\" khác với dòng 2 cho cùng một mục")]
    [InlineData("teachers", "teacher_code,full_name,phone,role,class,subject\nGV1,Cô Mai,0912345670,principal,,\n", "teachers.csv:2: role \"principal\" không hợp lệ: cần admin, homeroom hoặc subject")]
    [InlineData("teachers", "teacher_code,full_name,phone,role,class,subject\nGV1,Cô Mai,0912345670,homeroom,6Z,\n", "teachers.csv:2: class \"6Z\" không có trong danh sách học sinh")]
    [InlineData("teachers", "teacher_code,full_name,phone,role,class,subject\nGV1,Cô Mai,0912345670,homeroom,6C,\nGV2,Thầy Nam,0912345671,homeroom,6C,\n", "teachers.csv:3: class \"6C\" đã có giáo viên chủ nhiệm khác ở dòng 2")]
    [InlineData("attendance", "student_code,date,session,excused\nHS9001,2026-10-05,toi,P\n", "attendance.csv:2: session \"toi\" không hợp lệ: buổi là sang hoặc chieu")]
    [InlineData("attendance", "student_code,date,session,excused\nHS9001,2026-10-05,sang,X\n", "attendance.csv:2: excused \"X\" không hợp lệ: cần P (có phép) hoặc K (không phép)")]
    [InlineData("attendance", "student_code,date,session,excused\nHS9001,2025-10-05,sang,P\n", "attendance.csv:2: date \"2025-10-05\" nằm ngoài năm học 2026-2027")]
    [InlineData("conduct", "student_code,term,level\nHS9001,1,Xuất sắc\n", "conduct.csv:2: level \"Xuất sắc\" không hợp lệ: cần Tốt, Khá, Đạt hoặc Chưa đạt")]
    public async Task BadRowOfEachFile_IsNamed_AndNothingIsWritten(string kind, string contents, string expected)
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var before = await Snapshot();
        var file = _dir.Write($"{kind}.csv", contents);

        var result = await _cli.Run("import", kind, file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Error);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task EnglishMessages_WhenTheSchoolChoosesEnglish()
    {
        _cli.Settings["School:Language"] = "en";
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var file = _dir.Write("scores.csv", Header + "HS9001,Toán,1,tx,8\n" + string.Concat(Enumerable.Repeat("HS9001,Toán,1,ck,9\n", 14)) + "HS9001,Toán,1,gk,11\n");

        var result = await _cli.Run("import", "scores", file);

        Assert.Contains("scores.csv:17: score \"11\" is out of 0–10", result.Error);
    }

    [Fact]
    public async Task MissingFile_IsBadInput()
    {
        var result = await _cli.Run("import", "scores", _dir.File("nowhere.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere.csv: không tìm thấy tệp", result.Error);
    }
}
