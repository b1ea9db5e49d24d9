using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>One <c>setMyCommands</c> call: the menu a user sees for <see cref="Scope"/> and language.</summary>
/// <param name="Scope">The scope as sent; <c>{"type":"default"}</c> when the bot sent none.</param>
public sealed record CommandsSet(IReadOnlyList<MenuCommand> Commands, string? LanguageCode, JsonNode Scope)
{
    public string ScopeType => Scope["type"]?.GetValue<string>() ?? "default";
}
