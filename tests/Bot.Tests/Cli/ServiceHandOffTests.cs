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

        var result = await ServiceHandOff.AskAsync(Database, new HandOffRequest("import", ["attendance", "x.csv"], "admin"), TimeSpan.FromMilliseconds(300), CancellationToken.None);

        Assert.Null(result);
        Assert.Empty(Directory.GetFiles(ServiceHandOff.FolderFor(Database)));
    }

    [Fact]
    public async Task ARequestTakenAfterTheWait_IsStillAwaited_AndItsResultReturned()
    {
        Directory.CreateDirectory(ServiceHandOff.FolderFor(Database));
        var asked = ServiceHandOff.AskAsync(Database, new HandOffRequest("import", ["attendance", "x.csv"], "admin"), TimeSpan.FromMilliseconds(300), CancellationToken.None);
        // The service takes it just in time, and takes longer than the wait to finish.
        await ServiceHandOff.ServeWaitingAsync(Database, async request =>
        {
            await Task.Delay(700);
            return new HandOffResult(0, $"{request.Arguments[1]}: 1 dòng — 1 mới, 0 thay đổi, 0 không đổi.\n", "");
        });

        var result = await asked;

        Assert.Equal(new HandOffResult(0, "x.csv: 1 dòng — 1 mới, 0 thay đổi, 0 không đổi.\n", ""), result);
        Assert.Empty(Directory.GetFiles(ServiceHandOff.FolderFor(Database)));
    }
}
