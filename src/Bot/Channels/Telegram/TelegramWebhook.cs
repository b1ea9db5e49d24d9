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
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: a small Kestrel endpoint at the path of <c>Telegram:WebhookUrl</c>. A request
/// without the right <c>X-Telegram-Bot-Api-Secret-Token</c> (compared in constant time) is
/// refused with 401 before its body is read. Telegram is told the URL and the secret at start.
/// </summary>
public sealed class TelegramWebhook(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    TelegramMenu menu,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhook> logger) : IHostedService, IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private WebApplication? _app;

    /// <summary>The address the endpoint listens on once started (useful when the port was 0).</summary>
    public Uri? ListeningOn { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(settings.WebhookListen.ToString());
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var expected = Encoding.UTF8.GetBytes(settings.WebhookSecret);
        _app.MapPost(settings.WebhookUrl!.AbsolutePath, async (HttpContext http) =>
        {
            var given = Encoding.UTF8.GetBytes(http.Request.Headers[SecretHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, expected)) return Results.Unauthorized();
            Update? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }
            if (update is null) return Results.BadRequest();
            try
            {
                await handler.HandleAsync(update, http.RequestAborted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Answer 200 all the same: a 5xx would make Telegram resend an update that fails again.
                logger.LogError(e, "Update {Update} could not be answered; skipped", update.Id);
            }
            return Results.Ok();
        });
        await _app.StartAsync(cancellationToken);
        ListeningOn = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await bot.SetWebhook(settings.WebhookUrl.ToString(), secretToken: settings.WebhookSecret, cancellationToken: cancellationToken);
        await menu.RegisterAsync(cancellationToken);
        logger.LogInformation("Telegram webhook listening on {Address}{Path}", ListeningOn, settings.WebhookUrl.AbsolutePath);
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
