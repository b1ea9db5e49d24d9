using System.Text.Json.Nodes;
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
    private readonly LoopbackServer _server;
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
        _server = new LoopbackServer(new ZaloApiEndpoint(token, methods, _faults, _calls, _activity).Handle);
    }

    public string Token { get; }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:54321</c>; calls go to <c>{BaseUrl}/bot{Token}/{method}</c>.</summary>
    public string BaseUrl => _server.BaseUrl;

    /// <summary>The URL the bot gave to setWebhook; empty while it polls.</summary>
    public string WebhookUrl => _webhook.Url;

    public static async Task<FakeZaloApi> StartAsync(string token = DefaultToken, TimeProvider? time = null)
    {
        var fake = new FakeZaloApi(token, time ?? TimeProvider.System);
        try
        {
            await fake._server.StartAsync();
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
        await _server.DisposeAsync();
        _http.Dispose();
        _stopping.Dispose();
    }
}
