using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// An update the process dies on while handling it is not handled again after the restart: no crash
/// loop, and everyone else is answered. The service runs in a process of its own, killed for real.
/// </summary>
public sealed class CrashedUpdateTests : IAsyncLifetime, IDisposable
{
    private const long Poisonous = 9101;
    private const long Other = 9102;
    private readonly TempDirectory _dir = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private ServiceProcess Start(string db) => ServiceProcess.Start(db, new Dictionary<string, string>
    {
        ["Telegram__BotToken"] = _api.Token,
        ["Telegram__ApiBaseUrl"] = _api.BaseUrl,
        ["Telegram__PollingTimeoutSeconds"] = "1",
        ["Logging__LogLevel__Default"] = "Warning",
    });

    [Fact]
    public async Task AnUpdateTheProcessDiedOn_IsNotHandledAgain_AfterTheRestart()
    {
        var db = DemoDatabase.CopyTo(_dir);
        // Handling this chat's message never ends: the process is killed in the middle of it.
        _api.HoldCallsTo(Poisonous);
        using (var crashing = Start(db))
        {
            await _api.WaitUntilPolling(TimeSpan.FromSeconds(60));
            _api.SendText(Poisonous, Poisonous, "/start");
            for (var waited = 0; _api.HeldCallsTo(Poisonous) == 0; waited += 50)
            {
                Assert.True(waited < 30_000, "The bot never began to answer the message.");
                await Task.Delay(50);
            }
            await crashing.CrashAsync();
        }

        using var restarted = Start(db);
        await _api.WaitUntilPolling(TimeSpan.FromSeconds(60));
        _api.SendText(Other, Other, "/start");
        var answer = await _api.WaitForMessage(Other, timeout: TimeSpan.FromSeconds(30));
        await _api.WaitUntilIdle();
        await restarted.StopAsync();

        Assert.Contains("hãy nhập mã học sinh", answer.Text);
        Assert.Equal(1, _api.HeldCallsTo(Poisonous));
        Assert.Equal(0, _api.PendingUpdates);
    }
}
