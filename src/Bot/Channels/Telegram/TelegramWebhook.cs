using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: a <see cref="WebhookEndpoint"/> at the path of <c>Telegram:WebhookUrl</c>, guarded
/// by <c>X-Telegram-Bot-Api-Secret-Token</c>. Telegram is told the URL and the secret at start.
/// </summary>
public sealed class TelegramWebhook(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    TelegramMenu menu,
    IOptions<TelegramOptions> options,
    Hosting.HealthCheck health,
    ILogger<TelegramWebhook> logger) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private WebhookEndpoint? _endpoint;

    /// <summary>The address the endpoint listens on once started (useful when the port was 0).</summary>
    public Uri? ListeningOn => _endpoint?.ListeningOn;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        _endpoint = await WebhookEndpoint.StartAsync(settings.WebhookListen, settings.WebhookUrl!.AbsolutePath, SecretHeader, settings.WebhookSecret,
            (body, ct) => JsonSerializer.DeserializeAsync<Update>(body, JsonBotAPI.Options, ct),
            handler.HandleAsync, update => update.Id.ToString(CultureInfo.InvariantCulture), logger, cancellationToken, health.CheckAsync);
        await bot.SetWebhook(settings.WebhookUrl.ToString(), secretToken: settings.WebhookSecret, cancellationToken: cancellationToken);
        await menu.RegisterAsync(cancellationToken);
        logger.LogInformation("Telegram webhook listening on {Address}{Path}", ListeningOn, settings.WebhookUrl.AbsolutePath);
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
