namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>An <c>answerCallbackQuery</c>, joined to the button press it answered.</summary>
/// <param name="ChatId">The chat the button was pressed in.</param>
/// <param name="Data">The callback data of the pressed button.</param>
/// <param name="Text">The notification shown to the user, if any.</param>
public sealed record AnsweredCallback(string CallbackQueryId, long ChatId, string Data, string? Text, bool ShowAlert);
