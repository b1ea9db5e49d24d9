using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Tests.Fakes.Telegram;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>
/// A Zalo Bot Platform API server on 127.0.0.1. Tests put updates in (<see cref="SendText"/>, …), read what
/// the bot sent (<see cref="Sent"/>, <see cref="WaitForMessage"/>), post to the bot's webhook
/// (<see cref="DeliverToWebhook"/>) and make calls fail on purpose (<see cref="ForbidChat"/>).
/// </summary>
public sealed partial class FakeZaloApi : IAsyncDisposable
{
    public const string DefaultToken = "zalo-test-token";
    public const string BotId = "2468013579";
    public const string BotAccountName = "solienlac_bot";

    private readonly CancellationTokenSource _stopping = new();
    private readonly HttpClient _http = new();
    private readonly ActivityMonitor _activity = new();
    private readonly ZaloFaultPlan _faults = new();
    private readonly Journal<ZaloSentMessage> _sent = new();
    private readonly Journal<ZaloApiCall> _calls = new();
    private readonly ZaloUpdateQueue _updates;
    private readonly ZaloWebhook _webhook;
    private readonly TimeProvider _time;
    private readonly WebApplication _server;
    private int _disposed;

    private FakeZaloApi(string token, TimeProvider time)
    {
        Token = token;
        _time = time;
        _updates = new ZaloUpdateQueue(_activity);
        _reader = new ChatReader<ZaloSentMessage, string>(_sent, m => m.ChatId);
        _webhook = new ZaloWebhook(time);
        var bot = new JsonObject
        {
            ["id"] = BotId, ["account_name"] = BotAccountName, ["account_type"] = "BASIC", ["can_join_groups"] = false,
        };
        var methods = new ZaloMethodTable();
        new ZaloMessageMethods(bot, _sent, time).AddTo(methods);
        new ZaloUpdateMethods(_updates, _webhook, _stopping.Token).AddTo(methods);
        _server = BuildServer(new ZaloApiEndpoint(token, methods, _faults, _calls, _activity));
    }

    public string Token { get; }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:54321</c>; calls go to <c>{BaseUrl}/bot{Token}/{method}</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The URL the bot gave to setWebhook; empty while it polls.</summary>
    public string WebhookUrl => _webhook.Url;

    public static async Task<FakeZaloApi> StartAsync(string token = DefaultToken, TimeProvider? time = null)
    {
        var fake = new FakeZaloApi(token, time ?? TimeProvider.System);
        try
        {
            await fake._server.StartAsync();
            fake.BaseUrl = fake._server.Urls.Single();
            return fake;
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync();
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            await _server.StopAsync(patience.Token);
        await _server.DisposeAsync();
        _http.Dispose();
        _stopping.Dispose();
    }

    private static WebApplication BuildServer(ZaloApiEndpoint endpoint)
    {
        // The empty builder reads no appsettings.json and no ASPNETCORE_ variables, so nothing moves the port.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var server = builder.Build();
        server.Run(endpoint.Handle);
        return server;
    }
}
