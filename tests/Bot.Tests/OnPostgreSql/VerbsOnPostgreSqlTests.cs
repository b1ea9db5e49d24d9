using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

/// <summary>
/// On PostgreSQL a verb opens the database itself while bots serve it — no hand-off — and
/// <c>status</c> shows every bot process, its last beat and what it holds.
/// </summary>
public sealed class VerbsOnPostgreSqlTests : TelegramTestBase
{
    private const long Parent = 9401;

    protected override StorageProvider Provider => StorageProvider.PostgreSql;

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Instance:Name"] = "bot-truong-thcs-1" };

    private CliRun Cli()
    {
        var cli = new CliRun(DatabasePath);
        foreach (var (key, value) in Store.Settings()) cli.Settings[key] = value;
        // The deployment's token, as the bot's own environment has it: status names the process sending for it.
        cli.Settings["Telegram:BotToken"] = Api.Token;
        return cli;
    }

    [Fact]
    public async Task ImportWhileTheBotRuns_IsDoneByTheVerbItself_AndTheParentSeesItAtOnce()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        var file = Dir.File("chuyen-can.csv");
        File.WriteAllLines(file, ["student_code,date,session,excused", $"{DemoSchool.FirstStudentCode},2026-11-20,chieu,P"]);

        var result = await Cli().Run("import", "attendance", file);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("chuyển cho bot", result.Error);
        Assert.StartsWith("chuyen-can.csv: 1 dòng", result.Out);
        Assert.Contains("• Thứ Sáu 20/11/2026, buổi chiều — có phép (P)", (await Say(Parent, "/chuyencan")).Text);
    }

    [Fact]
    public async Task Status_ShowsTheRunningBot_ItsBeat_AndWhatItHolds()
    {
        var status = await Cli().Run("status");

        Assert.Equal(0, status.ExitCode);
        Assert.Contains("Tiến trình bot: 1", status.Out);
        // The bot runs on the test's clock (23/11/2026), the verb on the real one: the beat is as the bot's clock stamped it.
        Assert.Contains("• bot-truong-thcs-1: chạy từ 09:00 ngày 23/11/2026, ", status.Out);
        Assert.Contains(", đang giữ 0 tin để gửi — tiến trình gửi tin", status.Out);
        Assert.Contains("Sao lưu hằng đêm: chưa bật", status.Out);
    }

    [Fact]
    public async Task Status_AfterTheBotStopped_ShowsNoProcess()
    {
        await Bot.DisposeAsync();
        Bot = await Channels.Telegram.TelegramBotUnderTest.StartAsync(Api, DatabasePath, Clock, Store.Settings());
        await Bot.DisposeAsync();

        var status = await Cli().Run("status");

        Assert.Contains("Tiến trình bot: không có tiến trình nào đang chạy.", status.Out);
        Bot = await Channels.Telegram.TelegramBotUnderTest.StartAsync(Api, DatabasePath, Clock, Store.Settings());
    }
}
