using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoLienLac.Domain.Operations;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>
/// Long polling: fetch updates, answer each, confirm them with the next offset. One bad update is
/// logged and skipped; a failed fetch waits and tries again; the loop only ends when the service stops.
/// </summary>
public sealed class TelegramPolling(
    ITelegramBotClient bot,
    TelegramUpdateHandler handler,
    TelegramMenu menu,
    IChannelCursors cursors,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramPolling> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <summary>An update being answered when the service stops gets this long to finish, so it is not answered twice.</summary>
    private static readonly TimeSpan FinishGrace = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await PrepareAsync(stoppingToken);
        using var answering = new CancellationTokenSource();
        await using var _ = stoppingToken.Register(() => answering.CancelAfter(FinishGrace));
        var offset = (int?)await cursors.PositionAsync(TelegramUpdates.Channel, stoppingToken);
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, 100, options.Value.PollingTimeoutSeconds, Wanted, stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                var wait = e is ApiRequestException { Parameters.RetryAfter: { } retry } ? TimeSpan.FromSeconds(retry) : backoff;
                logger.LogWarning(e, "getUpdates failed; trying again in {Wait}", wait);
                await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                backoff = TimeSpan.FromSeconds(Math.Min(backoff.TotalSeconds * 2, 60));
                continue;
            }
            foreach (var update in updates)
            {
                offset = update.Id + 1;
                try
                {
                    await handler.HandleAsync(update, answering.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException || !answering.IsCancellationRequested)
                {
                    logger.LogError(e, "Update {Update} could not be answered; skipped", update.Id);
                }
                await cursors.AdvanceAsync(TelegramUpdates.Channel, offset.Value, CancellationToken.None);
            }
        }
    }

    private async Task PrepareAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                // Polling and a webhook are exclusive: a webhook left from webhook mode would starve getUpdates.
                await bot.DeleteWebhook(cancellationToken: stoppingToken);
                await menu.RegisterAsync(stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Preparing the Telegram bot failed (attempt {Attempt})", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt * 2, 30)), clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
