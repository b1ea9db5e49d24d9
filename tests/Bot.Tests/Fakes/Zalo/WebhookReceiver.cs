using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>A tiny webhook for the fake's own tests: keeps what arrives, refuses a wrong secret with 401.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _server;

    private WebhookReceiver(string secret)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _server = builder.Build();
        _server.Run(async http =>
        {
            var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            var given = http.Request.Headers[ZaloWebhook.SecretHeader].ToString();
            Received.Enqueue((given, body));
            http.Response.StatusCode = given == secret ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;
        });
    }

    public ConcurrentQueue<(string Secret, JsonNode? Body)> Received { get; } = new();

    public string Url => $"{_server.Urls.Single()}/zalo/webhook";

    public static async Task<WebhookReceiver> StartAsync(string secret)
    {
        var receiver = new WebhookReceiver(secret);
        await receiver._server.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }
}
