using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// Webhook mode: Kestrel at the path of <c>Zalo:WebhookUrl</c>; a request without the right
/// <c>X-Bot-Api-Secret-Token</c> (compared in constant time) is refused with 401. The body may come
/// wrapped in <c>{ok, result}</c>.
/// </summary>
public sealed class ZaloWebhook(ZaloClient client, ZaloChannel channel, ZaloOptionsMemory options, ChatDispatcher dispatcher,
    IOptions<ZaloOptions> settings, ILogger<ZaloWebhook> logger) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Bot-Api-Secret-Token";

    private WebApplication? _app;

    public Uri? ListeningOn { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = settings.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(o.WebhookListen.ToString());
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var expected = Encoding.UTF8.GetBytes(o.WebhookSecret);
        _app.MapPost(o.WebhookUrl!.AbsolutePath, async (HttpContext http) =>
        {
            var given = Encoding.UTF8.GetBytes(http.Request.Headers[SecretHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, expected)) return Results.Unauthorized();
            ZaloUpdate? update;
            try
            {
                update = ZaloUpdates.Read(await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted));
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }
            if (update is null) return Results.BadRequest();
            if (ZaloUpdates.ToIncoming(update, options) is { } incoming)
            {
                try
                {
                    await dispatcher.DispatchAsync(incoming, channel, http.RequestAborted);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "A Zalo update could not be answered; skipped");
                }
            }
            return Results.Ok();
        });
        await _app.StartAsync(cancellationToken);
        ListeningOn = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await client.SetWebhookAsync(o.WebhookUrl, o.WebhookSecret, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
