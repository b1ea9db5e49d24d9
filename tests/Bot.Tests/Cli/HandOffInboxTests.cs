using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Hosting;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Cli;

/// <summary>
/// The hand-off folder is trusted only when the bot's user alone can write it: a request there is
/// run with the bot's rights. Any other folder at that name is not served, and the log says why.
/// </summary>
[UnsupportedOSPlatform("windows")] // file modes: the service runs on Linux
public sealed class HandOffInboxTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly RecordingLogger<HandOffInbox> _log = new();

    public void Dispose() => _dir.Dispose();

    private string Database => _dir.File("school.db");

    private string Folder => ServiceHandOff.FolderFor(Database);

    /// <summary>Runs the bot's inbox for <paramref name="time"/> (it looks every second, first at its start), with a request left in its folder.</summary>
    private async Task<string> ServeARequestFor(TimeSpan time, Action? whileServing = null)
    {
        using var db = SchoolDatabase.Open(Database);
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var inbox = new HandOffInbox(new LiteDbStoreBackup(db), services, _log);
        var request = Path.Combine(Folder, "0123.request");
        if (Directory.Exists(Folder)) await File.WriteAllTextAsync(request, """{"Arguments":["status"],"User":"solienlac"}""");
        await inbox.StartAsync(CancellationToken.None);
        await Task.Delay(time);
        whileServing?.Invoke();
        await inbox.StopAsync(CancellationToken.None);
        return request;
    }

    [Fact]
    public async Task TheFolderTheBotMakes_IsItsUsersOnly()
    {
        var modes = new List<UnixFileMode>();
        using var db = SchoolDatabase.Open(Database);
        await using var services = new ServiceCollection().BuildServiceProvider();
        using var inbox = new HandOffInbox(new LiteDbStoreBackup(db), services, _log);

        await inbox.StartAsync(CancellationToken.None);
        for (var i = 0; i < 50 && !Directory.Exists(Folder); i++) await Task.Delay(20);
        modes.Add(File.GetUnixFileMode(Folder));
        await inbox.StopAsync(CancellationToken.None);

        Assert.Equal([UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute], modes);
        Assert.False(Directory.Exists(Folder)); // gone while the bot is stopped
    }

    [Fact]
    public async Task AFolderOfItsOwnThatOthersMayRead_LeftByAnEarlierRelease_IsServed_AndMadePrivate()
    {
        Directory.CreateDirectory(Folder);
        File.SetUnixFileMode(Folder, (UnixFileMode)0b111_101_101); // 755: the umask's
        var modes = new List<UnixFileMode>();

        var request = await ServeARequestFor(TimeSpan.FromSeconds(0.5), () => modes.Add(File.GetUnixFileMode(Folder)));

        Assert.False(File.Exists(request), "the request was not taken");
        Assert.Equal([UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute], modes);
    }

    [Fact]
    public async Task AFolderOthersMayWrite_IsNotServed_AndTheLogSaysWhy()
    {
        Directory.CreateDirectory(Folder);
        File.SetUnixFileMode(Folder, (UnixFileMode)0b111_111_111); // 777: anyone may plant a request

        var request = await ServeARequestFor(TimeSpan.FromSeconds(1.5));

        Assert.True(File.Exists(request), "the request was taken");
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(Folder, StringComparison.Ordinal)
            && e.Message.Contains("group or others may write", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFolderSomeoneElseOwns_IsNotServed_AndTheLogSaysWhy()
    {
        Directory.CreateDirectory(Folder);
        if (FileOwner.CanChange) FileOwner.Give(Folder, FileOwner.Nobody);

        var request = await ServeARequestFor(TimeSpan.FromSeconds(1.5));

        // Not root, the test cannot make a folder someone else owns: then the bot's own folder is served.
        Assert.Equal(FileOwner.CanChange, File.Exists(request));
        if (!FileOwner.CanChange) return;
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(Folder, StringComparison.Ordinal)
            && e.Message.Contains($"owned by user {FileOwner.Nobody}", StringComparison.Ordinal));
        Assert.True(Directory.Exists(Folder)); // not the bot's to remove
    }

    [Fact]
    public async Task AFolderThatIsALinkToAnotherFolder_IsNotServed()
    {
        var elsewhere = Directory.CreateDirectory(_dir.File("elsewhere")).FullName;
        Directory.CreateSymbolicLink(Folder, elsewhere);

        var request = await ServeARequestFor(TimeSpan.FromSeconds(1.5));

        Assert.True(File.Exists(request), "the request was taken");
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("is a symbolic link", StringComparison.Ordinal));
    }
}
