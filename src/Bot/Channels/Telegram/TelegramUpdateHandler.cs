using Microsoft.Extensions.Logging;
using SoLienLac.Bot.Conversations;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>One Telegram update, from polling or the webhook: mapped, answered, and a pressed button acknowledged.</summary>
public sealed class TelegramUpdateHandler(ITelegramBotClient bot, TelegramChannel channel, ChatDispatcher dispatcher, ILogger<TelegramUpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
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
