using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Channels.Telegram;
using SoLienLac.Bot.Channels.Zalo;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels;

/// <summary>
/// A webhook set up as the README says, without <c>WebhookListen</c>: the plain-HTTP endpoint listens on
/// the loopback interface only, for the HTTPS proxy in front — never on every interface of the server.
/// </summary>
public sealed class WebhookDefaultsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private T Options<T>(Dictionary<string, string?> settings) where T : class
    {
        foreach (var (key, value) in DemoDatabase.Settings(_dir.File("school.db"))) settings[key] = value;
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);
        using var host = SchoolHost.BuildService(settings, terminal, chatOnly: false);
        return host.Services.GetRequiredService<IOptions<T>>().Value;
    }

    [Fact]
    public void TelegramsWebhook_ListensOnLoopback_UnlessTold()
    {
        var options = Options<TelegramOptions>(new()
        {
            ["Telegram:BotToken"] = "123456:secret-token",
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://truong.example.vn/telegram/update",
            ["Telegram:WebhookSecret"] = "a-secret-of-thirty-two-characters",
        });

        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(options.WebhookListen.Host)), options.WebhookListen.ToString());
    }

    [Fact]
    public void ZalosWebhook_ListensOnLoopback_UnlessTold()
    {
        var options = Options<ZaloOptions>(new()
        {
            ["Zalo:BotToken"] = "zalo-secret-token",
            ["Zalo:WebhookUrl"] = "https://truong.example.vn/zalo/update",
            ["Zalo:WebhookSecret"] = "zalo-secret-of-some-length",
        });

        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(options.WebhookListen.Host)), options.WebhookListen.ToString());
    }
}
