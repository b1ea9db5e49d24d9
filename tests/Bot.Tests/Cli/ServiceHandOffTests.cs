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
    public async Task ATakenRequest_IsAwaitedAsLongAsTheVerbTakes_AndItsResultReturned()
    {
        using var bot = HoldAsTheBotDoes();
        Directory.CreateDirectory(ServiceHandOff.FolderFor(Database));
        var asked = ServiceHandOff.AskAsync(Database, new HandOffRequest(["import", "attendance", "x.csv"], "admin"), TimeSpan.FromMilliseconds(300), CancellationToken.None);
        // The bot takes it, and takes longer than the verb's wait for pickup to finish.
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
        // Takes the request (a rename, before its first wait) and never answers.
        var taken = ServiceHandOff.ServeWaitingAsync(Database, _ => new TaskCompletionSource<HandOffResult>().Task);

        await bot.DisposeAsync(); // the bot dies
        var result = await asked.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(3, result!.ExitCode);
        Assert.Contains("Bot đã dừng trước khi làm xong lệnh", result.Error);
        Assert.False(taken.IsCompleted);
    }

    [Fact]
    public async Task TheBotRestartsAndDropsWhatItHadTaken_TheVerbSaysSo()
    {
        using var bot = HoldAsTheBotDoes(); // the restarted bot holds the file again at once
        Directory.CreateDirectory(ServiceHandOff.FolderFor(Database));
        var asked = ServiceHandOff.AskAsync(Database, new HandOffRequest(["status"], "admin"), TimeSpan.FromSeconds(5), CancellationToken.None);
        _ = ServiceHandOff.ServeWaitingAsync(Database, _ => new TaskCompletionSource<HandOffResult>().Task); // takes it, dies on it

        ServiceHandOff.ClearLeftovers(Database); // what the new bot does at start
        var result = await asked.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Contains("Bot đã dừng trước khi làm xong lệnh", result!.Error);
    }

    [Fact]
    public async Task ARequestLeftByAVerbThatWasKilled_IsDropped_NotCarriedOutLate()
    {
        var folder = Directory.CreateDirectory(ServiceHandOff.FolderFor(Database)).FullName;
        var stale = Path.Combine(folder, "0123.request");
        await File.WriteAllTextAsync(stale, """{"Arguments":["import","scores","/tmp/old.xlsx"],"User":"admin"}""");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - ServiceHandOff.StaleAfter - TimeSpan.FromSeconds(1));
        var carriedOut = false;

        await ServiceHandOff.ServeWaitingAsync(Database, _ =>
        {
            carriedOut = true;
            return Task.FromResult(new HandOffResult(0, "", ""));
        });

        Assert.False(carriedOut);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task AVerbThatFailsInTheBot_IsAnsweredWithWhy_AndTheBotGoesOn()
    {
        using var bot = HoldAsTheBotDoes();
        Directory.CreateDirectory(ServiceHandOff.FolderFor(Database));
        var asked = ServiceHandOff.AskAsync(Database, new HandOffRequest(["status"], "admin"), TimeSpan.FromSeconds(5), CancellationToken.None);

        await ServiceHandOff.ServeWaitingAsync(Database, _ => throw new InvalidOperationException("ổ đĩa đầy"));
        var result = await asked.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(3, result!.ExitCode);
        Assert.Contains("ổ đĩa đầy", result.Error);
    }

    [Theory]
    [InlineData("import scores diem.xlsx --db school.db", "import|scores|{cwd}/diem.xlsx")]
    [InlineData("--db school.db report --class all --term 1 --out in/", "report|--class|all|--term|1|--out|{cwd}/in/")]
    [InlineData("status --db /srv/school.db", "status")]
    [InlineData("results --class 6A --term year", "results|--class|6A|--term|year")]
    [InlineData("run", null)]
    [InlineData("demo --students 40", null)]
    [InlineData("chat --db school.db", null)]
    public void TheCommandLineGivenToTheBot_HasAbsolutePaths_AndNoDatabase(string line, string? expected)
    {
        var parsed = CommandLine.Root(CliContext.System()).Parse(line.Split(' '));

        var handed = CommandLine.ForTheBot(parsed);

        Assert.Equal(expected?.Replace("{cwd}", Directory.GetCurrentDirectory(), StringComparison.Ordinal), handed is null ? null : string.Join('|', handed));
    }
}
