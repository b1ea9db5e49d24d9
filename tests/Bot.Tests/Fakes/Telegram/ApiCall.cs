using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>One request the bot made, with its parameters as they came (form fields stay strings) and the answer it got.</summary>
/// <param name="Error">The description of a refusal, e.g. "Bad Request: message is too long"; null on success.</param>
public sealed record ApiCall(string Method, JsonObject Parameters, int StatusCode, string? Error = null)
{
    public override string ToString() => $"{Method} → {StatusCode}{(Error is null ? "" : $" {Error}")} {Parameters.ToJsonString()}";
}
