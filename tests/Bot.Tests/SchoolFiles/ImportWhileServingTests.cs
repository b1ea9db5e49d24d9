using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.SchoolFiles;

/// <summary>
/// <c>import</c> while the bot serves the same file: the verb cannot open it, so the running service
/// does the import (same checks, all or nothing) and the verb prints what it says.
/// </summary>
public sealed class ImportWhileServingTests : TelegramTestBase
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
}
