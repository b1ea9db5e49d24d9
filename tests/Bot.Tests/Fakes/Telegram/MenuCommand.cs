namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>One entry of the bot's command menu, without the leading slash.</summary>
public sealed record MenuCommand(string Command, string Description);
