using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SoLienLac.Bench.Delivery;

/// <summary>
/// Just enough of the Telegram Bot API on 127.0.0.1 for the bot's host to run against it: getMe,
/// deleteWebhook, setMyCommands, an empty long poll (getUpdates), and sendMessage under
/// <see cref="SendLimiter"/>'s limit, answering 429 with <c>parameters.retry_after</c> as Telegram does.
/// (The tests' FakeBotApi does much more, but the bench cannot reference the test project.)
/// </summary>
internal sealed class RateLimitedBotApi : IAsyncDisposable
{
    public const string Token = "123456:BENCH";

    private readonly CancellationTokenSource _stopping = new();
    private readonly WebApplication _server;
    private long _messageId;

    private RateLimitedBotApi(int perSecond)
    {
        Sends = new SendLimiter(perSecond);
        // The empty builder reads no appsettings.json and no ASPNETCORE_ variables, so nothing moves the port.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _server = builder.Build();
        _server.Run(HandleAsync);
    }

    public SendLimiter Sends { get; }

    /// <summary>Every sendMessage accepted: the chat it was for and when it arrived (<see cref="Stopwatch"/> ticks), in arrival order.</summary>
    public ConcurrentQueue<(long Chat, long At)> Delivered { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public static async Task<RateLimitedBotApi> StartAsync(int perSecond)
    {
        var api = new RateLimitedBotApi(perSecond);
        try
        {
            await api._server.StartAsync();
            api.BaseUrl = new Uri(api._server.Urls.Single());
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _server.StopAsync();
        await _server.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var arrived = Stopwatch.GetTimestamp();
        var path = http.Request.Path.Value ?? "";
        const string prefix = "/bot" + Token + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await WriteAsync(http, 404, BotApiAnswers.Error(404, "Not Found"));
            return;
        }
        using var body = http.Request.HasJsonContentType()
            ? await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted)
            : JsonDocument.Parse("{}");
        var parameters = body.RootElement;
        switch (path[prefix.Length..])
        {
            case "sendMessage" when Sends.Arrive(arrived) is { } retryAfter:
                await WriteAsync(http, 429, BotApiAnswers.TooManyRequests(retryAfter));
                break;
            case "sendMessage":
                Delivered.Enqueue((ChatIdOf(parameters), arrived));
                await WriteAsync(http, 200, BotApiAnswers.Message(Interlocked.Increment(ref _messageId), parameters));
                break;
            case "getUpdates":
                await LongPollAsync(http, parameters);
                break;
            case "getMe":
                await WriteAsync(http, 200, BotApiAnswers.Me);
                break;
            case "deleteWebhook" or "setMyCommands":
                await WriteAsync(http, 200, BotApiAnswers.True);
                break;
            default:
                await WriteAsync(http, 404, BotApiAnswers.Error(404, "Not Found: method not found"));
                break;
        }
    }

    private static long ChatIdOf(JsonElement parameters) =>
        !parameters.TryGetProperty("chat_id", out var chat) ? 0
        : chat.ValueKind == JsonValueKind.Number ? chat.GetInt64()
        : long.TryParse(chat.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : 0;

    /// <summary>No updates ever come: the poll waits its timeout (or until either side stops) and answers an empty list.</summary>
    private async Task LongPollAsync(HttpContext http, JsonElement parameters)
    {
        var timeout = parameters.TryGetProperty("timeout", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, http.RequestAborted);
        await Task.Delay(TimeSpan.FromSeconds(timeout), either.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (http.RequestAborted.IsCancellationRequested) return;
        await WriteAsync(http, 200, BotApiAnswers.NoUpdates);
    }

    private static async Task WriteAsync(HttpContext http, int status, string json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        try
        {
            await http.Response.WriteAsync(json, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (the host stopping): nobody is left to answer.
        }
    }
}
