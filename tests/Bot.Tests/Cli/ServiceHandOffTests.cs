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

    /// <summary>A request as a verb leaves it: <c>ID.request</c> in the folder, its text saying who ran it.</summary>
    private string LeaveRequest(string id, string json)
    {
        var path = Path.Combine(Directory.CreateDirectory(ServiceHandOff.FolderFor(Database)).FullName, id + ".request");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public async Task TheUserInTheAudit_IsTheOwnerOfTheRequestFile_NotTheNameWrittenInIt()
    {
        LeaveRequest("0456", """{"Arguments":["status"],"User":"hieutruong"}""");
        HandOffRequest? carried = null;

        await ServiceHandOff.ServeWaitingAsync(Database, request =>
        {
            carried = request;
            return Task.FromResult(new HandOffResult(0, "", ""));
        });

        Assert.Equal(["status"], carried!.Arguments);
        Assert.Equal(Environment.UserName, carried.User);
    }

    [Fact]
    public async Task ARequestSomeoneElseOwns_IsNotCarriedOut_AndTheVerbIsToldToRunAsTheBotsUser()
    {
        using var bot = HoldAsTheBotDoes();
        Directory.CreateDirectory(ServiceHandOff.FolderFor(Database));
        var asked = ServiceHandOff.AskAsync(Database, new HandOffRequest(["import", "scores", "/tmp/diem.xlsx"], "hieutruong"), TimeSpan.FromSeconds(5), CancellationToken.None);
        var request = Directory.GetFiles(ServiceHandOff.FolderFor(Database), "*.request").Single();
        if (FileOwner.CanChange) FileOwner.Give(request, FileOwner.Nobody); // as another user (root, say) would have left it
        var carriedOut = false;

        await ServiceHandOff.ServeWaitingAsync(Database, _ =>
        {
            carriedOut = true;
            return Task.FromResult(new HandOffResult(0, "", ""));
        });
        var result = await asked.WaitAsync(TimeSpan.FromSeconds(5));

        // Not root, the test cannot make a file someone else owns: then it checks the request of the bot's own user is served.
        Assert.Equal(!FileOwner.CanChange, carriedOut);
        if (!FileOwner.CanChange) return;
        Assert.Equal(3, result!.ExitCode);
        Assert.Contains($"sudo -u {Environment.UserName}", result.Error);
        Assert.Empty(Directory.GetFiles(ServiceHandOff.FolderFor(Database)));
    }

    [Fact]
    public async Task ARequestThatIsALinkToAFileElsewhere_IsNotCarriedOut()
    {
        var elsewhere = _dir.Write("elsewhere.json", """{"Arguments":["backup","--out","/tmp/ban-sao.db"],"User":"solienlac"}""");
        var folder = Directory.CreateDirectory(ServiceHandOff.FolderFor(Database)).FullName;
        File.CreateSymbolicLink(Path.Combine(folder, "0789.request"), elsewhere);
        var carriedOut = false;

        await ServiceHandOff.ServeWaitingAsync(Database, _ =>
        {
            carriedOut = true;
            return Task.FromResult(new HandOffResult(0, "", ""));
        });

        Assert.False(carriedOut);
        Assert.Contains("backup", await File.ReadAllTextAsync(elsewhere), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAnswerIsNeverWrittenThroughALinkPlantedAtItsName()
    {
        var victim = _dir.Write("victim.txt", "giữ nguyên");
        var folder = Directory.CreateDirectory(ServiceHandOff.FolderFor(Database)).FullName;
        File.CreateSymbolicLink(Path.Combine(folder, "0999.result.part"), victim);
        File.CreateSymbolicLink(Path.Combine(folder, "0999.result"), victim);
        LeaveRequest("0999", """{"Arguments":["status"],"User":"solienlac"}""");

        await ServiceHandOff.ServeWaitingAsync(Database, _ => Task.FromResult(new HandOffResult(0, "Tin đang chờ gửi: 0", "")));

        Assert.Equal("giữ nguyên", await File.ReadAllTextAsync(victim));
        Assert.Equal(victim, new FileInfo(Path.Combine(folder, "0999.result")).LinkTarget);
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
