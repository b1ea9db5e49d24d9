namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>sendMessage, sendChatAction and deleteMessage.</summary>
internal sealed class MessageMethods(ChatBook chats, MessageArchive archive, Journal<SentMessage> sent)
{
    public void AddTo(MethodTable table)
    {
        table.Add("sendMessage", SendMessage);
        table.Add("sendChatAction", request => request.Long("chat_id") is null ? ChatNotFound : BotApiResult.Ok(true));
        table.Add("deleteMessage", request => request.Long("chat_id") is null ? ChatNotFound : BotApiResult.Ok(true));
    }

    public static BotApiResult ChatNotFound => BotApiResult.BadRequest("chat not found");

    private BotApiResult SendMessage(BotApiRequest request)
    {
        if (request.Long("chat_id") is not { } chatId) return ChatNotFound;
        var text = request.String("text");
        var parseMode = request.String("parse_mode");
        var markup = request.Json("reply_markup");
        if ((MessageRules.CheckText(text, parseMode) ?? MessageRules.CheckMarkup(markup)) is { } refused) return refused;

        var message = archive.Keep(chats.FromBot(chatId), text!, parseMode, markup);
        sent.Add(new SentMessage(chatId, message.Id, "sendMessage", text, markup, ParseMode: parseMode));
        return BotApiResult.Ok(message);
    }
}
