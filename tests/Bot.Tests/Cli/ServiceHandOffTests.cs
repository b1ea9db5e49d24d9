using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary>The hand-off's edges that a running bot does not show: no one takes the request; a request taken late.</summary>
public sealed class ServiceHandOffTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Database => _dir.File("school.db");

    [Fact]
    public async Task NoOneTakesTheRequest_ItIsWithdrawn_AndTheVerbIsToldNothingWasDone()
    {
        Directory.CreateDirectory(ServiceHandOff.FolderFor(Database)); // left behind by a service that died

        var result = await ServiceHandOff.AskAsync(Database, new HandOffRequest(["import", "attendance", "x.csv"], "admin"), TimeSpan.FromMilliseconds(300), CancellationToken.None);

        Assert.Null(result);
        Assert.Empty(Directory.GetFiles(ServiceHandOff.FolderFor(Database)));
    }

    /// <summary>What a running bot holds: the database's lock file, open for it alone.</summary>
    private FileStream HoldAsTheBotDoes() => new(Database + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

    [Fact]
    public async Task ARequestTakenAfterTheWait_IsStillAwaited_AndItsResultReturned()
    {
        using var bot = HoldAsTheBotDoes();
        Directory.CreateDirectory(ServiceHandOff.FolderFor(Database));
        var asked = ServiceHandOff.AskAsync(Database, new HandOffRequest(["import", "attendance", "x.csv"], "admin"), TimeSpan.FromMilliseconds(300), CancellationToken.None);
        // The service takes it just in time, and takes longer than the wait to finish.
        await ServiceHandOff.ServeWaitingAsync(Database, async request =>
        {
            await Task.Delay(700);
            return new HandOffResult(0, $"{Path.GetFileName(request.Arguments[2])}: 1 dòng — 1 mới, 0 thay đổi, 0 không đổi.\n", "");
        });

        var result = await asked;

        Assert.Equal(new HandOffResult(0, "x.csv: 1 dòng — 1 mới, 0 thay đổi, 0 không đổi.\n", ""), result);
        Assert.Empty(Directory.GetFiles(ServiceHandOff.FolderFor(Database)));
    }

    [Fact]
    public async Task TheBotStopsBeforeAnswering_TheVerbSaysSo_InsteadOfWaitingForever()
    {
        var bot = HoldAsTheBotDoes();
        Directory.CreateDirectory(ServiceHandOff.FolderFor(Database));
        var asked = ServiceHandOff.AskAsync(Database, new HandOffRequest(["codes", "--class", "6A", "--out", "/tmp/x.pdf"], "admin"), TimeSpan.FromSeconds(5), CancellationToken.None);
        var taken = Task.Run(() => ServiceHandOff.ServeWaitingAsync(Database, _ => new TaskCompletionSource<HandOffResult>().Task)); // never answers

        await Task.Delay(500);
        await bot.DisposeAsync(); // the bot dies
        var result = await asked.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(3, result!.ExitCode);
        Assert.Contains("Bot đã dừng trước khi làm xong lệnh", result.Error);
        Assert.False(taken.IsCompleted);
    }

    [Theory]
    [InlineData("import scores diem.xlsx --db school.db", "import|scores|{cwd}/diem.xlsx")]
    [InlineData("--db school.db report --class all --term 1 --out in/", "report|--class|all|--term|1|--out|{cwd}/in/")]
    [InlineData("status --db /srv/school.db", "status")]
    [InlineData("results --class 6A --term year", "results|--class|6A|--term|year")]
    [InlineData("run", null)]
    [InlineData("chat --db school.db", null)]
    public void TheCommandLineGivenToTheBot_HasAbsolutePaths_AndNoDatabase(string line, string? expected)
    {
        var parsed = CommandLine.Root(CliContext.System()).Parse(line.Split(' '));

        var handed = CommandLine.ForTheBot(parsed);

        Assert.Equal(expected?.Replace("{cwd}", Directory.GetCurrentDirectory(), StringComparison.Ordinal), handed is null ? null : string.Join('|', handed));
    }
}
