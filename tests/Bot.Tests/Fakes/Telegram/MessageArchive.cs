using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>The text messages the bot has sent, as they stand now, so edits can be checked and answered.</summary>
internal sealed class MessageArchive
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(long ChatId, int MessageId), (Message Message, JsonNode? Markup)> _messages = [];

    /// <summary>Fills in what Telegram echoes back: the visible text and an inline keyboard (a reply keyboard is not echoed).</summary>
    public Message Keep(Message message, string text, string? parseMode, JsonNode? markup)
    {
        message.Text = string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.Visible(text) : text;
        message.ReplyMarkup = InlineKeyboard(markup);
        lock (_gate) _messages[(message.Chat.Id, message.Id)] = (message, markup);
        return message;
    }

    public static InlineKeyboardMarkup? InlineKeyboard(JsonNode? markup) =>
        markup?["inline_keyboard"] is null ? null : markup.Deserialize<InlineKeyboardMarkup>(JsonBotAPI.Options);

    public (Message Message, JsonNode? Markup)? Find(long chatId, int messageId)
    {
        lock (_gate) return _messages.TryGetValue((chatId, messageId), out var kept) ? kept : null;
    }
}
