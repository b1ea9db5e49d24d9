using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// Webhook mode: a <see cref="WebhookEndpoint"/> at the path of <c>Zalo:WebhookUrl</c>, guarded by
/// <c>X-Bot-Api-Secret-Token</c>. The body may come wrapped in <c>{ok, result}</c>.
/// </summary>
public sealed class ZaloWebhook(ZaloClient client, ZaloUpdateHandler handler, IOptions<ZaloOptions> settings, Hosting.HealthCheck health, ILogger<ZaloWebhook> logger) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Bot-Api-Secret-Token";

    private WebhookEndpoint? _endpoint;

    public Uri? ListeningOn => _endpoint?.ListeningOn;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = settings.Value;
        _endpoint = await WebhookEndpoint.StartAsync(o.WebhookListen, o.WebhookUrl!.AbsolutePath, SecretHeader, o.WebhookSecret,
            async (body, ct) => ZaloUpdates.Read(await JsonSerializer.DeserializeAsync<JsonElement>(body, cancellationToken: ct)),
            handler.HandleAsync,
            update => $"{update.EventName} {update.Message?.MessageId}", logger, cancellationToken, health.CheckAsync);
        await client.SetWebhookAsync(o.WebhookUrl, o.WebhookSecret, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_endpoint is not null) await _endpoint.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_endpoint is not null) await _endpoint.DisposeAsync();
    }
}
