using SoLienLac.Bot.Conversations.Routing;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>Registers the command menu with <c>setMyCommands</c>: Vietnamese by default, English for English clients.</summary>
public sealed class TelegramMenu(ITelegramBotClient bot, CommandRouter router)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var commands = router.Handlers.Select(h => h.Info).Where(i => i.InMenu).ToList();
        await bot.SetMyCommands(commands.Select(c => new BotCommand(c.Name, c.Vietnamese)), cancellationToken: cancellationToken);
        await bot.SetMyCommands(commands.Select(c => new BotCommand(c.Name, c.English)), languageCode: "en", cancellationToken: cancellationToken);
    }
}
