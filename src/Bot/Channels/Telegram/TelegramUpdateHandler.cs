using System.Globalization;
using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Conversations;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>
/// One Telegram update, from polling or the webhook: handled at most once by its update_id
/// (<see cref="OncePerUpdate"/>), mapped, answered, and a pressed button acknowledged.
/// </summary>
public sealed class TelegramUpdateHandler(ITelegramBotClient bot, TelegramChannel channel, ChatDispatcher dispatcher, OncePerUpdate once,
    ILogger<TelegramUpdateHandler> logger)
{
    public Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return once.HandleAsync(TelegramUpdates.Channel, update.Id.ToString(CultureInfo.InvariantCulture), ct => AnswerAsync(update, ct), cancellationToken);
    }

    private async Task AnswerAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } callback)
        {
            try
            {
                await bot.AnswerCallbackQuery(callback.Id, cancellationToken: cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The spinner on the button stops by itself; the answer below matters more.
                logger.LogDebug(e, "answerCallbackQuery failed for update {Update}", update.Id);
            }
        }
        if (TelegramUpdates.ToIncoming(update) is not { } incoming)
        {
            logger.LogDebug("Update {Update} ({Type}) is not one the bot uses", update.Id, update.Type);
            return;
        }
        await dispatcher.DispatchAsync(incoming, channel, cancellationToken);
    }
}
