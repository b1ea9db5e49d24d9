using SoLienLac.Bot.Delivery;
using System.Text.Json;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Demo;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly CliRun _cli;

    public CommandLineTests() => _cli = new CliRun(_dir.File("school.db"));

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Demo_ThenResultsJson_PrintsComputedResultsForEveryStudentOfTheClass()
    {
        var demo = await _cli.Run("demo");
        var results = await _cli.Run("results", "--class", "6A", "--term", "1", "--format", "json");

        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("280 học sinh", demo.Out);
        Assert.Equal(0, results.ExitCode);
        using var json = JsonDocument.Parse(results.Out);
        var students = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(35, students.Count);
        Assert.Equal("Lê Quỳnh Hằng", students[0].GetProperty("full_name").GetString());
        Assert.True(students.Count(s => s.GetProperty("learning").ValueKind == JsonValueKind.String) >= 30);
        Assert.True(students.Select(s => s.GetProperty("learning").GetString()).Distinct().Count() >= 3);
    }

    [Fact]
    public async Task Demo_RunTwice_RefreshesWithoutDuplicating()
    {
        await _cli.Run("demo");
        var first = await _cli.Run("results", "--class", "7B", "--term", "1", "--format", "csv");
        await _cli.Run("demo");
        var second = await _cli.Run("results", "--class", "7B", "--term", "1", "--format", "csv");

        Assert.Equal(first.Out, second.Out);
        Assert.Equal(36, second.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("results", "--term", "1")]
    [InlineData("results", "--class", "6A", "--term", "3")]
    [InlineData("results", "--class", "6A", "--term", "1", "--format", "pdf")]
    [InlineData("import", "marks", "x.csv")]
    [InlineData("frobnicate")]
    public async Task WrongUsage_ExitsWith2(params string[] args)
    {
        var result = await _cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error);
    }

    [Fact]
    public async Task UnknownClass_IsBadInput()
    {
        await _cli.Run("demo");

        var result = await _cli.Run("results", "--class", "6Z", "--term", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Lớp 6Z không có trong danh sách học sinh.", result.Error);
    }

    [Fact]
    public async Task DatabaseHeldByAnotherProcess_FailsAtOnceWithWhatToDo()
    {
        await _cli.Run("demo");
        using var service = SchoolDatabase.Open(_cli.DatabasePath);

        var result = await _cli.Run("results", "--class", "6A", "--term", "1");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("đang được một tiến trình khác mở", result.Error);
        Assert.Contains("dừng dịch vụ", result.Error);
    }

    [Fact]
    public async Task ImportWhileAnotherVerbHoldsTheFile_FailsAtOnceWithWhatToDo()
    {
        // Held, but not by a serving bot: there is no one to hand the import to.
        await _cli.Run("demo");
        var file = Path.Combine(Path.GetDirectoryName(_cli.DatabasePath)!, "chuyen-can.csv");
        await File.WriteAllLinesAsync(file, ["student_code,date,session,excused", "HS0001,2026-11-20,chieu,P"]);
        using var other = SchoolDatabase.Open(_cli.DatabasePath);

        var result = await _cli.Run("import", "attendance", file);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("đang được một tiến trình khác mở", result.Error);
    }

    [Fact]
    public async Task RunWithTelegram_OnAnEmptyDatabase_MakesNoDemoSchool_AndSaysWhatToImport()
    {
        // The demo's people have public phone numbers: on a real channel they must not exist.
        await using var api = await FakeBotApi.StartAsync();
        using var error = new StringWriter();
        var settings = new Dictionary<string, string?>(_cli.Settings)
        {
            ["Telegram:BotToken"] = api.Token, ["Telegram:ApiBaseUrl"] = api.BaseUrl, ["Telegram:PollingTimeoutSeconds"] = "1",
        };
        using var stop = new CancellationTokenSource();
        var run = CommandLine.RunAsync(["run", "--db", _cli.DatabasePath], new CliContext(new Terminal(TextReader.Null, TextWriter.Null, error, ShowsProgress: false), settings), stop.Token);

        await api.WaitUntilPolling();
        await stop.CancelAsync();

        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("chưa có học sinh nào", error.ToString());
        Assert.DoesNotContain("đã tạo trường mẫu", error.ToString());
        Assert.Contains("Học sinh: 0", (await _cli.Run("status")).Out);
    }

    [Fact]
    public async Task Demo_OnADatabaseHoldingARealSchool_IsRefused_AndWritesNothing()
    {
        await _cli.Run("import", "roster", Repository.Sample("roster.csv"));
        var before = (await _cli.Run("status")).Out;

        var demo = await _cli.Run("demo");

        Assert.Equal(1, demo.ExitCode);
        Assert.Contains("trường thật", demo.Error);
        Assert.Equal(before, (await _cli.Run("status")).Out);
    }

    [Theory]
    [InlineData("roster")]
    [InlineData("teachers")]
    public async Task ImportingARealSchoolsPeople_IntoTheDemoSchool_IsRefused_SayingHowToStartClean(string kind)
    {
        await _cli.Run("demo");
        var before = (await _cli.Run("results", "--class", "6A", "--term", "1", "--format", "json")).Out;

        var import = await _cli.Run("import", kind, Repository.Sample($"{kind}.csv"));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"{kind}.csv: tệp dữ liệu {_cli.DatabasePath} đang chứa trường mẫu", import.Error);
        Assert.Contains("Không có gì được ghi. Hãy bắt đầu với một tệp mới: thêm --db", import.Error);
        using (var db = SchoolDatabase.Open(_cli.DatabasePath))
        {
            Assert.Null(new LiteDbStudentDirectory(db).Find(Domain.Students.StudentCode.Parse("HS9001")));
            Assert.Null(new LiteDbTeacherDirectory(db).Find("GV901"));
        }
        Assert.Equal(before, (await _cli.Run("results", "--class", "6A", "--term", "1", "--format", "json")).Out);
    }

    [Fact]
    public async Task ARosterCarryingAPhoneOfTheDemoRange_IsRefused_NamingTheCell()
    {
        var file = Path.Combine(Path.GetDirectoryName(_cli.DatabasePath)!, "roster.csv");
        await File.WriteAllTextAsync(file, "student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation\n" +
            "HS9001,Nguyễn Minh An,2015-03-14,6C,Nguyễn Văn Hùng,0912 345 678,Bố\n" +
            $"HS9001,Nguyễn Minh An,2015-03-14,6C,Lê Thanh Vinh,{DemoSchool.FirstParentPhone},Bố\n");

        var import = await _cli.Run("import", "roster", file);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"roster.csv:3: guardian_phone \"{DemoSchool.FirstParentPhone}\" là số dành riêng cho trường mẫu", import.Error);
        using var db = SchoolDatabase.Open(_cli.DatabasePath);
        Assert.Null(new LiteDbStudentDirectory(db).Find(Domain.Students.StudentCode.Parse("HS9001")));
    }

    [Fact]
    public async Task Run_OnAnEmptyDatabase_SeedsTheDemoSchool_AndOpensTheLocalChat()
    {
        var result = await _cli.Run("run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("đã tạo trường mẫu", result.Error);
        var results = await _cli.Run("results", "--class", "9B", "--term", "1", "--format", "csv");
        Assert.Equal(0, results.ExitCode);
    }

    [Fact]
    public async Task Status_ShowsTheOutbox()
    {
        await _cli.Run("demo");
        using (var db = SchoolDatabase.Open(_cli.DatabasePath))
        {
            var outbox = new LiteDbOutbox(db);
            var chat = new Domain.Links.ChatAddress("telegram", "1");
            outbox.Enqueue(OutboxMessages.Of("a", chat, new Conversations.Messages.Reply("x"), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
            outbox.Enqueue(OutboxMessages.Of("b", chat, new Conversations.Messages.Reply("y"), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
            outbox.MarkSent("b", DateTimeOffset.UtcNow);
        }

        var result = await _cli.Run("status");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Tin đang chờ gửi: 1", result.Out);
        Assert.Contains("Đã gửi: 1", result.Out);
        Assert.Contains("tin/giây (giới hạn 25)", result.Out);
    }
}
