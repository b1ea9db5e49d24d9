using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>One request the bot made, with its parameters as they came (form fields stay strings) and the status it got.</summary>
public sealed record ApiCall(string Method, JsonObject Parameters, int StatusCode);
