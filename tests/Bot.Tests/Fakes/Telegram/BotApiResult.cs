using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>An answer in the Bot API envelope: <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":…}</c>.</summary>
internal sealed record BotApiResult(int StatusCode, JsonObject Body)
{
    /// <summary>Wraps a Telegram.Bot type serialized the client's own way, so the client can always read it back.</summary>
    public static BotApiResult Ok(object result) => new(200, new JsonObject
    {
        ["ok"] = true,
        ["result"] = JsonSerializer.SerializeToNode(result, result.GetType(), JsonBotAPI.Options),
    });

    public static BotApiResult Error(int errorCode, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (retryAfter is { } seconds) body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        return new(errorCode, body);
    }

    public static BotApiResult BadRequest(string problem) => Error(400, $"Bad Request: {problem}");

    public static BotApiResult Unauthorized => Error(401, "Unauthorized");

    public static BotApiResult MethodNotFound => Error(404, "Not Found: method not found");

    public static BotApiResult NotFound => Error(404, "Not Found");

    public static BotApiResult TooManyRequests(int retryAfter) =>
        Error(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static BotApiResult ServerError => Error(500, "Internal Server Error");

    public static BotApiResult BlockedByUser => Error(403, "Forbidden: bot was blocked by the user");
}
