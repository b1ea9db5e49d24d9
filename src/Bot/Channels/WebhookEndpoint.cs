using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SoLienLac.Bot.Channels;

/// <summary>
/// A small Kestrel endpoint taking a chat platform's updates, POSTed to one path. A request without
/// the right secret header (compared in constant time) is refused with 401 before its body is read;
/// a body over <see cref="MaxBodyBytes"/> is 413 and a body that is not an update is 400, neither
/// handled. Anything else is answered 200 once handled — even when handling failed (logged): a 5xx
/// would make the platform resend an update that fails again.
/// </summary>
internal sealed class WebhookEndpoint : IAsyncDisposable
{
    /// <summary>An update is a few kilobytes (a file is sent by id, not inline); Kestrel's 30 MB would only serve a flood.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private readonly WebApplication _app;

    private WebhookEndpoint(WebApplication app, Uri listeningOn)
    {
        _app = app;
        ListeningOn = listeningOn;
    }

    /// <summary>The address the endpoint listens on (useful when the port asked for was 0).</summary>
    public Uri ListeningOn { get; }

    /// <param name="read">The update in the request's body; null, or a <see cref="JsonException"/>, when it is none.</param>
    /// <param name="describe">How the log names an update that could not be answered.</param>
    public static async Task<WebhookEndpoint> StartAsync<TUpdate>(Uri listen, string path, string secretHeader, string secret,
        Func<Stream, CancellationToken, ValueTask<TUpdate?>> read, Func<TUpdate, CancellationToken, Task> handle,
        Func<TUpdate, string> describe, ILogger logger, CancellationToken cancellationToken,
        Func<CancellationToken, Task<Hosting.HealthReport>>? health = null)
        where TUpdate : class
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(listen.ToString());
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var expected = Encoding.UTF8.GetBytes(secret);
        // What a load balancer checks before it sends this process updates: no secret, nothing personal.
        if (health is not null)
        {
            app.MapGet("/health", async (HttpContext http) =>
            {
                var report = await health(http.RequestAborted);
                return Results.Json(report, statusCode: report.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            });
        }
        app.MapPost(path, async (HttpContext http) =>
        {
            var given = Encoding.UTF8.GetBytes(http.Request.Headers[secretHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, expected)) return Results.Unauthorized();
            if (http.Request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            TUpdate? update;
            try
            {
                update = await read(http.Request.Body, http.RequestAborted);
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }
            catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // A body sent in chunks, with no length announced, is cut off by Kestrel at the same limit.
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }
            if (update is null) return Results.BadRequest();
            try
            {
                // Not the request's token: a platform or proxy giving up on a slow answer must not cut the
                // handling short (the update would be forgotten by the ledger and handled again on the retry).
                // Only the endpoint stopping does.
                await handle(update, app.Lifetime.ApplicationStopping);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Update {Update} could not be answered; skipped", describe(update));
            }
            return Results.Ok();
        });
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new WebhookEndpoint(app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }

    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
