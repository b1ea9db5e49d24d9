using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Fakes.Zalo;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Hosting;

/// <summary>
/// The service as deployed — its own process, tokens from the environment, every category logged at
/// Trace — talks to both platforms, meets their errors, and stops: no line it wrote holds a secret.
/// </summary>
public sealed class SecretsInLogsTests : IAsyncLifetime, IDisposable
{
    private const string TelegramToken = "7000001:AAE-telegram-secret-half-0123456789";
    private const string ZaloToken = "zalo-secret-token-9876543210";
    private const string WebhookSecret = "webhook-secret-of-some-length";
    private const long Parent = 9001;
    private const string ZaloParent = "zalo-9001";
    private readonly TempDirectory _dir = new();
    private FakeBotApi _telegram = null!;
    private FakeZaloApi _zalo = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeBotApi.StartAsync(TelegramToken);
        _zalo = await FakeZaloApi.StartAsync(ZaloToken);
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _zalo.DisposeAsync();
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task NoLogLine_AtAnyLevel_HoldsATokenOrSecret()
    {
        using var service = ServiceProcess.Start(DemoDatabase.CopyTo(_dir), new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = TelegramToken,
            ["Telegram__ApiBaseUrl"] = _telegram.BaseUrl,
            ["Telegram__PollingTimeoutSeconds"] = "1",
            ["Telegram__WebhookSecret"] = WebhookSecret,
            ["Zalo__BotToken"] = ZaloToken,
            ["Zalo__ApiBaseUrl"] = _zalo.BaseUrl,
            ["Zalo__PollingTimeoutSeconds"] = "1",
            ["Logging__LogLevel__Default"] = "Trace",
            ["Logging__LogLevel__Microsoft"] = "Trace",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Trace",
            ["Logging__LogLevel__System"] = "Trace",
            ["Logging__LogLevel__Quartz"] = "Trace",
        });
        await _telegram.WaitUntilPolling(TimeSpan.FromSeconds(60));
        await _zalo.WaitUntilPolling(TimeSpan.FromSeconds(60));

        // Polls, answers, and the platforms failing — one of them with an error naming the URL called.
        _telegram.SendText(Parent, Parent, "/start");
        await _telegram.WaitForMessage(Parent);
        _zalo.SendText(ZaloParent, ZaloParent, "/start");
        await _zalo.WaitForMessage(ZaloParent);
        _telegram.FailNamingTheUrl("getUpdates", 1);
        _telegram.FailWithServerError("getUpdates", 1);
        _zalo.FailNamingTheUrl("getUpdates", 1);
        await Until(() => _telegram.CountAnswers("getUpdates", 500) == 1 && _zalo.CountAnswers("getUpdates", 502) == 1);
        _telegram.SendText(Parent, Parent, "/trogiup");
        await _telegram.WaitForMessage(Parent, timeout: TimeSpan.FromSeconds(30));
        _zalo.SendText(ZaloParent, ZaloParent, "/trogiup");
        await _zalo.WaitForMessage(ZaloParent, timeout: TimeSpan.FromSeconds(30));
        await service.StopAsync();

        var log = string.Join('\n', service.Lines);
        Assert.Contains("getUpdates failed", log, StringComparison.Ordinal);
        Assert.Contains("Zalo getUpdates failed", log, StringComparison.Ordinal);
        // The errors naming the URL were logged, with the secret cut out.
        Assert.Contains("Telegram Bot API error 502: Bad Gateway: upstream failed for POST /bot***/getUpdates", log, StringComparison.Ordinal);
        Assert.Contains("Zalo Bot API error 502: Bad Gateway: upstream failed for POST /bot***/getUpdates", log, StringComparison.Ordinal);
        Assert.Contains("Telegram Bot API error 500", log, StringComparison.Ordinal);
        foreach (var secret in new[] { TelegramToken, TelegramToken.Split(':')[1], ZaloToken, WebhookSecret })
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(secret), log, StringComparison.Ordinal);
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            if (waited > 30_000) throw new TimeoutException("The platforms' failures were not served within 30 s.");
            await Task.Delay(50);
        }
    }
}
