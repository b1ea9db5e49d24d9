using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>An answer in the Zalo envelope: <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":…,"description":…}</c>.</summary>
/// <param name="StatusCode">The HTTP status; the error_code too, except for the long-poll timeout, which Zalo answers with 200.</param>
internal sealed record ZaloApiResult(int StatusCode, JsonObject Body)
{
    /// <summary>error_code for a refusal, 200 for a success: what <see cref="FakeZaloApi.CountAnswers"/> counts by.</summary>
    public int Code => Body["error_code"]?.GetValue<int>() ?? 200;

    public string? Description => Body["description"]?.GetValue<string>();

    public static ZaloApiResult Ok(JsonNode? result) => new(200, new JsonObject { ["ok"] = true, ["result"] = result });

    public static ZaloApiResult Error(int errorCode, string description, int? statusCode = null) =>
        new(statusCode ?? errorCode, new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description });

    public static ZaloApiResult BadRequest(string problem) => Error(400, problem);

    public static ZaloApiResult Unauthorized => Error(401, "Unauthorized");

    public static ZaloApiResult MethodNotFound => Error(404, "Not Found: method not found");

    /// <summary>No update within the long poll's timeout: an ordinary answer, so HTTP 200 with error_code 408.</summary>
    public static ZaloApiResult PollTimeout => Error(408, "Request timeout", statusCode: 200);

    public static ZaloApiResult WebhookActive =>
        Error(409, "Conflict: can't use getUpdates while a webhook is set; call deleteWebhook first");

    public static ZaloApiResult TooManyRequests => Error(429, "Too Many Requests");

    public static ZaloApiResult ServerError => Error(500, "Internal Server Error");

    public static ZaloApiResult Forbidden => Error(403, "Forbidden: the user has blocked the bot or left the chat");
}
