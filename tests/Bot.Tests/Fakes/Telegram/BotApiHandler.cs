namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>Serves one Bot API method.</summary>
internal delegate Task<BotApiResult> BotApiHandler(BotApiRequest request, CancellationToken cancellationToken);
