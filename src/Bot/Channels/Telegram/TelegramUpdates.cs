using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Links;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>Turns a Telegram update into the channel-neutral message, or null for updates the bot does not use.</summary>
public static class TelegramUpdates
{
    public const string Channel = "telegram";

    public static IncomingMessage? ToIncoming(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.CallbackQuery is { Message: { } origin } callback)
        {
            return new IncomingMessage(Address(origin.Chat), callback.From.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), origin.Chat.Type == ChatType.Private)
            {
                Button = callback.Data,
                Language = Languages.FromClient(callback.From.LanguageCode),
            };
        }
        if (update.Message is not { From: { } from } message) return null;
        var incoming = new IncomingMessage(Address(message.Chat), from.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Chat.Type == ChatType.Private)
        {
            Text = message.Text ?? message.Caption,
            Contact = message.Contact is { } c
                ? new SharedContact(c.PhoneNumber, c.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : null,
            Document = message.Document is { } d ? new IncomingDocument(d.FileId, d.FileName ?? "tep", d.FileSize) : null,
            // The user's app language: English for English, Vietnamese for the rest; unknown when the app does not say.
            Language = Languages.FromClient(from.LanguageCode),
        };
        return incoming.Text is null && incoming.Contact is null && incoming.Document is null ? null : incoming;
    }

    public static ChatAddress Address(Chat chat) =>
        new(Channel, chat.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
