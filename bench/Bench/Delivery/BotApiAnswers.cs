using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoLienLac.Bench.Delivery;

/// <summary>The fake Bot API's answers, in Telegram's envelope: <c>{"ok":true,"result":…}</c> or an error with its code.</summary>
internal static class BotApiAnswers
{
    public static readonly string True = Ok(true);

    public static readonly string NoUpdates = Ok(new JsonArray());

    public static readonly string Me = Ok(new JsonObject
    {
        ["id"] = 123456,
        ["is_bot"] = true,
        ["first_name"] = "Sổ Liên Lạc",
        ["username"] = "SoLienLacBenchBot",
    });

    /// <summary>The message as Telegram gives it back: the chat is a private chat with the id asked for.</summary>
    public static string Message(long messageId, JsonElement parameters)
    {
        var chat = parameters.TryGetProperty("chat_id", out var c) ? c : default;
        var chatId = chat.ValueKind == JsonValueKind.Number ? chat.GetInt64()
            : long.Parse(chat.ValueKind == JsonValueKind.String ? chat.GetString()! : "0", CultureInfo.InvariantCulture);
        return Ok(new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["text"] = parameters.TryGetProperty("text", out var text) ? text.GetString() : "",
        });
    }

    public static string TooManyRequests(int retryAfter) => new JsonObject
    {
        ["ok"] = false,
        ["error_code"] = 429,
        ["description"] = string.Create(CultureInfo.InvariantCulture, $"Too Many Requests: retry after {retryAfter}"),
        ["parameters"] = new JsonObject { ["retry_after"] = retryAfter },
    }.ToJsonString();

    public static string Error(int code, string description) =>
        new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }.ToJsonString();

    private static string Ok(JsonNode result) => new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString();
}
