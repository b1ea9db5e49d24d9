using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>
/// Updates shaped as the Zalo Bot Platform sends them, for <see cref="FakeZaloApi.DeliverToWebhook"/> or a
/// parser's tests. <see cref="FakeZaloApi"/>'s SendText and friends queue the same shapes for getUpdates.
/// </summary>
public static class FakeZaloUpdates
{
    public const string Parent = "Phụ huynh";

    private static long _lastMessageId;

    /// <param name="chatType">PRIVATE or GROUP; null leaves chat_type out.</param>
    public static JsonObject Text(string chatId, string fromId, string text, string? chatType = "PRIVATE", DateTimeOffset? date = null) =>
        Update("message.text.received", Message(chatId, fromId, chatType, date, ("text", text)));

    public static JsonObject Image(string chatId, string fromId, string photoUrl, string? caption = null,
        string chatType = "PRIVATE", DateTimeOffset? date = null) =>
        Update("message.image.received", Message(chatId, fromId, chatType, date, ("photo", photoUrl), ("caption", caption)));

    public static JsonObject Sticker(string chatId, string fromId, string sticker, string chatType = "PRIVATE", DateTimeOffset? date = null) =>
        Update("message.sticker.received", Message(chatId, fromId, chatType, date, ("sticker", sticker)));

    /// <summary>A message Zalo cannot show to bots, e.g. a voice note or a file: no text at all.</summary>
    public static JsonObject Unsupported(string chatId, string fromId, string chatType = "PRIVATE", DateTimeOffset? date = null) =>
        Update("message.unsupported.received", Message(chatId, fromId, chatType, date));

    private static JsonObject Update(string eventName, JsonObject message) =>
        new() { ["event_name"] = eventName, ["message"] = message };

    private static JsonObject Message(string chatId, string fromId, string? chatType, DateTimeOffset? date, params (string Name, string? Value)[] content)
    {
        var chat = new JsonObject { ["id"] = chatId };
        if (chatType is not null) chat["chat_type"] = chatType;
        var message = new JsonObject
        {
            ["message_id"] = $"m{Interlocked.Increment(ref _lastMessageId)}",
            ["from"] = new JsonObject { ["id"] = fromId, ["display_name"] = Parent, ["is_bot"] = false },
            ["chat"] = chat,
            ["date"] = (date ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds(),
        };
        foreach (var (name, value) in content)
            if (value is not null) message[name] = value;
        return message;
    }
}
