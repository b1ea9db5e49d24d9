using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// The bot as production runs it — the Generic Host, long polling with the real Telegram.Bot
/// client, a real LiteDB file — pointed at the fake Bot API server.
/// </summary>
public sealed class TelegramBotUnderTest : IAsyncDisposable
{
    private TelegramBotUnderTest(IHost host) => Host = host;

    public IHost Host { get; }

    public T Service<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<TelegramBotUnderTest> StartAsync(FakeBotApi api, string databasePath, ManualClock clock,
        IDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        var settings = DemoDatabase.Settings(databasePath);
        settings["Telegram:BotToken"] = api.Token;
        settings["Telegram:ApiBaseUrl"] = api.BaseUrl;
        settings["Telegram:PollingTimeoutSeconds"] = "1";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);
        var host = SchoolHost.BuildService(settings, terminal, chatOnly: false, s => s.AddSingleton<TimeProvider>(clock));
        await host.StartAsync();
        return new TelegramBotUnderTest(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }
}
