using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>One request the bot made, with its parameters as they came and the answer it got.</summary>
/// <param name="StatusCode">The HTTP status of the answer.</param>
/// <param name="Code">200 when served, else the error_code (408 for a long poll that timed out).</param>
/// <param name="Error">The description of a refusal; null on success.</param>
public sealed record ZaloApiCall(string Method, JsonObject Parameters, int StatusCode, int Code, string? Error = null)
{
    public string? ChatId => Parameters["chat_id"]?.ToString();

    public override string ToString() => $"{Method} → {Code}{(Error is null ? "" : $" {Error}")} {Parameters.ToJsonString()}";
}
