using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// editMessageText and editMessageReplyMarkup. A message the fake never sent (a test pressed a button
/// on a made-up message) is edited all the same; one it did send answers "message is not modified"
/// when nothing changes, as the real API does.
/// </summary>
internal sealed class EditMethods(ChatBook chats, MessageArchive archive, Journal<SentMessage> sent)
{
    private const string NotModified = "message is not modified: specified new message content and reply markup " +
        "are exactly the same as a current content and reply markup of the message";

    public void AddTo(MethodTable table)
    {
        table.Add("editMessageText", request => Edit("editMessageText", request, request.String("text")));
        table.Add("editMessageReplyMarkup", request => Edit("editMessageReplyMarkup", request, text: null));
    }

    private BotApiResult Edit(string method, BotApiRequest request, string? text)
    {
        if (request.String("inline_message_id") is not null) return BotApiResult.Ok(true);
        if (request.Long("chat_id") is not { } chatId) return MessageMethods.ChatNotFound;
        if (request.Long("message_id") is not { } id) return BotApiResult.BadRequest("message identifier is not specified");
        var messageId = (int)id;
        var parseMode = request.String("parse_mode");
        var markup = request.Json("reply_markup");
        var refused = (text is null ? null : MessageRules.CheckText(text, parseMode)) ?? MessageRules.CheckMarkup(markup);
        if (refused is not null) return refused;

        var before = archive.Find(chatId, messageId);
        var newText = text ?? before?.Message.Text ?? "";
        var visible = string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.Visible(newText) : newText;
        if (before is { } old && old.Message.Text == visible && JsonNode.DeepEquals(old.Markup, markup))
            return BotApiResult.BadRequest(NotModified);

        var message = chats.FromBot(chatId, messageId);
        message.EditDate = message.Date;
        message.Date = before?.Message.Date ?? message.Date;
        archive.Keep(message, newText, text is null ? null : parseMode, markup);
        sent.Add(new SentMessage(chatId, messageId, method, newText, markup, ParseMode: text is null ? null : parseMode));
        return BotApiResult.Ok(message);
    }
}
