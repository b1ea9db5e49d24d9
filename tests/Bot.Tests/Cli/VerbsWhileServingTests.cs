using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Hosting;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Students;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary>
/// Verbs while the bot serves the same file: the verb cannot
/// open it, so the running bot carries it out (same code, same checks) and the verb prints what it says.
/// </summary>
public sealed class VerbsWhileServingTests : TelegramTestBase
{
    private const long Parent = 9301;

    private string Attendance(params string[] rows)
    {
        var path = Dir.File("chuyen-can.csv");
        File.WriteAllLines(path, ["student_code,date,session,excused", .. rows]);
        return path;
    }

    [Fact]
    public async Task ImportWhileTheBotRuns_IsDoneByTheBot_AndTheParentSeesItAtOnce()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);

        var result = await new CliRun(DatabasePath).Run("import", "attendance", Attendance($"{DemoSchool.FirstStudentCode},2026-11-20,chieu,P"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lệnh được chuyển cho bot", result.Error);
        Assert.StartsWith("chuyen-can.csv: 1 dòng", result.Out);
        Assert.Contains("• Thứ Sáu 20/11/2026, buổi chiều — có phép (P)", (await Say(Parent, "/chuyencan")).Text);
        // Nothing left behind (the bot removes what it had taken just after it answered).
        for (var i = 0; i < 50 && Directory.GetFiles(ServiceHandOff.FolderFor(DatabasePath)).Length > 0; i++) await Task.Delay(20);
        Assert.Empty(Directory.GetFiles(ServiceHandOff.FolderFor(DatabasePath)));
    }

    [Fact]
    public async Task StatusWhileTheBotRuns_IsAnsweredByTheBot_WithWhatItSent()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await new CliRun(DatabasePath).Run("import", "attendance", Attendance($"{DemoSchool.FirstStudentCode},2026-11-20,chieu,P"));

        var status = await new CliRun(DatabasePath).Run("status");

        Assert.Equal(0, status.ExitCode);
        Assert.Contains("Học sinh: ", status.Out);
        Assert.Contains("Tin đang chờ gửi: 0", status.Out);
        Assert.Contains("Bị chặn (phụ huynh chặn bot): 0", status.Out);
        Assert.Contains("Sao lưu hằng đêm: chưa bật", status.Out);
    }

    [Fact]
    public async Task ABadRow_WhileTheBotRuns_IsNamed_AndNothingOfTheFileIsWritten()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);

        var result = await new CliRun(DatabasePath).Run("import", "attendance",
            Attendance($"{DemoSchool.FirstStudentCode},2026-11-20,chieu,P", $"{DemoSchool.FirstStudentCode},2026-11-19,chieu,X"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("chuyen-can.csv:3", result.Error);
        Assert.Contains("không có gì được ghi", result.Error);
        Assert.DoesNotContain("20/11/2026, buổi chiều", (await Say(Parent, "/chuyencan")).Text);
    }

    [Fact]
    public async Task BackupWhileTheBotRuns_IsAWholeCopy_WithWhatWasJustWritten()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        var copy = Dir.File("sao-luu/solienlac-2026-11-23.db");

        var result = await new CliRun(DatabasePath).Run("backup", "--out", copy);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Đã sao lưu ", result.Out);
        Assert.False(string.IsNullOrEmpty((await Say(Parent, "/trogiup")).Text)); // and the bot goes on answering
        using var restored = SchoolDatabase.Open(copy);
        Assert.Contains(new LiteDbChatLinks(restored).ParentsOf(StudentCode.Parse(DemoSchool.FirstStudentCode)), l => l.Chat.Id == $"{Parent}");
    }

    [Fact]
    public async Task ResultsAndTheContactBook_WhileTheBotRuns_AreMadeByTheBot()
    {
        var cli = new CliRun(DatabasePath);
        var pdf = Dir.File("in/so-lien-lac-6A.pdf");

        var results = await cli.Run("results", "--class", "6A", "--term", "1", "--format", "csv");
        var report = await cli.Run("report", "--class", "6A", "--term", "1", "--out", pdf);

        Assert.Equal((0, 0), (results.ExitCode, report.ExitCode));
        Assert.Contains(DemoSchool.FirstStudentCode, results.Out);
        Assert.True(new FileInfo(pdf).Length > 10_000, "the contact book was not written");
    }

    [Fact]
    public async Task AVerbHandedOver_IsAuditedAsTheUserWhoOwnsTheRequest_WhateverTheRequestClaims()
    {
        var codes = Dir.File("ma-6A.csv");
        var id = Guid.NewGuid().ToString("N");
        var folder = ServiceHandOff.FolderFor(DatabasePath);
        await File.WriteAllTextAsync(Path.Combine(folder, id + ".request"),
            $$"""{"Arguments":["codes","--class","6A","--out","{{codes}}"],"User":"hieutruong"}""");

        for (var i = 0; i < 100 && !File.Exists(Path.Combine(folder, id + ".result")); i++) await Task.Delay(50);

        Assert.True(File.Exists(codes), "the bot did not carry the verb out");
        var issued = Bot.Service<IAuditLog>().About(DemoSchool.FirstStudentCode).Last(e => e.What == "Mã kích hoạt");
        Assert.Equal(Environment.UserName, issued.Actor);
    }

    [Theory]
    [InlineData("chat")]
    [InlineData("demo")] // the demo school's people (public phone numbers) never go into a live store
    public async Task ChatAndDemoWhileTheBotRuns_AreNotHandedOver_ButRefusedWithWhatToDo(string verb)
    {
        var result = await new CliRun(DatabasePath).Run(verb);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("đang được một tiến trình khác mở", result.Error);
    }

    [Fact]
    public async Task BackupOntoTheDatabaseItself_IsRefused()
    {
        var result = await new CliRun(DatabasePath).Run("backup", "--out", DatabasePath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("đây là tệp của chính cơ sở dữ liệu", result.Error);
    }
}
