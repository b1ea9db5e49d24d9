using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// Long polling: <c>getUpdates</c> hands one update at a time (408 when the wait ends empty). One bad
/// update is logged and skipped; a failed poll waits and tries again; only stopping ends the loop.
/// </summary>
public sealed class ZaloPolling(ZaloClient client, ZaloUpdateHandler handler, IOptions<ZaloOptions> settings, TimeProvider clock,
    ILogger<ZaloPolling> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        await Ignore(() => client.DeleteWebhookAsync(stoppingToken));
        await Ignore(async () => logger.LogInformation("Zalo bot {Bot} polling", (await client.GetMeAsync(stoppingToken)).ToString()));
        while (!stoppingToken.IsCancellationRequested)
        {
            ZaloUpdate? update;
            try
            {
                update = await client.GetUpdateAsync(settings.Value.PollingTimeoutSeconds, stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Zalo getUpdates failed; trying again in {Wait}", backoff);
                await Task.Delay(backoff, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = TimeSpan.FromSeconds(Math.Min(backoff.TotalSeconds * 2, 60));
                continue;
            }
            if (update is null) continue;
            try
            {
                await handler.HandleAsync(update, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "A Zalo update could not be answered; skipped");
            }
        }
    }

    private async Task Ignore(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is ZaloApiException or HttpRequestException)
        {
            logger.LogDebug(e, "deleteWebhook failed; polling anyway");
        }
    }
}
