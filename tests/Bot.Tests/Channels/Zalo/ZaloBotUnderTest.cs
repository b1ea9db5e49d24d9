using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Tests.Fakes.Zalo;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels.Zalo;

/// <summary>The bot as production runs it, with the Zalo channel pointed at the fake Zalo Bot API.</summary>
public sealed class ZaloBotUnderTest : IAsyncDisposable
{
    private ZaloBotUnderTest(IHost host) => Host = host;

    public IHost Host { get; }

    public T Service<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<ZaloBotUnderTest> StartAsync(FakeZaloApi api, string databasePath, ManualClock clock, IDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        var settings = DemoDatabase.Settings(databasePath);
        settings["Zalo:BotToken"] = api.Token;
        settings["Zalo:ApiBaseUrl"] = api.BaseUrl;
        settings["Zalo:PollingTimeoutSeconds"] = "1";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);
        var host = SchoolHost.BuildService(settings, terminal, chatOnly: false, s => s.AddSingleton<TimeProvider>(clock));
        await host.StartAsync();
        return new ZaloBotUnderTest(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }
}
