using System.Text.Json.Nodes;
using SoLienLac.Bot.Tests.Fakes.Telegram;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>getMe, sendMessage, sendPhoto and sendChatAction, with the limits Zalo enforces.</summary>
internal sealed class ZaloMessageMethods(JsonObject bot, Journal<ZaloSentMessage> sent, TimeProvider time)
{
    public const int MaxTextLength = 2000;

    private int _lastMessageId;

    public void AddTo(ZaloMethodTable table)
    {
        table.Add("getMe", _ => ZaloApiResult.Ok(bot.DeepClone()));
        table.Add("sendMessage", SendMessage);
        table.Add("sendPhoto", SendPhoto);
        table.Add("sendChatAction", request => ChatId(request) is null ? ChatNotFound : ZaloApiResult.Ok(true));
    }

    private static ZaloApiResult ChatNotFound => ZaloApiResult.BadRequest("chat_id is required");

    private static string? ChatId(ZaloApiRequest request) => request.String("chat_id") is { Length: > 0 } id ? id : null;

    private ZaloApiResult SendMessage(ZaloApiRequest request)
    {
        if (ChatId(request) is not { } chatId) return ChatNotFound;
        var text = request.String("text");
        if (string.IsNullOrWhiteSpace(text)) return ZaloApiResult.BadRequest("text is empty");
        if (text.Length > MaxTextLength)
            return ZaloApiResult.BadRequest($"text is too long: {text.Length} characters, at most {MaxTextLength}");
        return Keep(chatId, "sendMessage", text, photo: null);
    }

    private ZaloApiResult SendPhoto(ZaloApiRequest request)
    {
        if (ChatId(request) is not { } chatId) return ChatNotFound;
        if (request.String("photo") is not { Length: > 0 } photo) return ZaloApiResult.BadRequest("photo is required");
        var caption = request.String("caption");
        if (caption?.Length > MaxTextLength)
            return ZaloApiResult.BadRequest($"caption is too long: {caption.Length} characters, at most {MaxTextLength}");
        return Keep(chatId, "sendPhoto", caption, photo);
    }

    private ZaloApiResult Keep(string chatId, string method, string? text, string? photo)
    {
        var messageId = $"bm{Interlocked.Increment(ref _lastMessageId)}";
        sent.Add(new ZaloSentMessage(chatId, messageId, method, text, photo));
        return ZaloApiResult.Ok(new JsonObject { ["message_id"] = messageId, ["date"] = time.GetUtcNow().ToUnixTimeMilliseconds() });
    }
}
