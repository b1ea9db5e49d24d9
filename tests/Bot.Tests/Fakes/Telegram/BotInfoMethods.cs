using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Telegram.Bot.Types;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>getMe and the command menu: setMyCommands, getMyCommands, deleteMyCommands.</summary>
internal sealed partial class BotInfoMethods(User bot, Journal<CommandsSet> commandsSet)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IReadOnlyList<MenuCommand>> _menus = new(StringComparer.Ordinal);

    public void AddTo(MethodTable table)
    {
        table.Add("getMe", _ => BotApiResult.Ok(bot));
        table.Add("setMyCommands", SetMyCommands);
        table.Add("getMyCommands", request => BotApiResult.Ok(Menu(request).Select(c => new BotCommand { Command = c.Command, Description = c.Description }).ToArray()));
        table.Add("deleteMyCommands", request =>
        {
            lock (_gate) _menus.Remove(Key(request));
            return BotApiResult.Ok(true);
        });
    }

    private BotApiResult SetMyCommands(BotApiRequest request)
    {
        if (request.Json("commands") is not JsonArray items) return BotApiResult.BadRequest("parameter \"commands\" is required");
        var commands = items.OfType<JsonObject>()
            .Select(c => new MenuCommand(c["command"]?.ToString() ?? "", c["description"]?.ToString() ?? ""))
            .ToList();
        // Telegram takes lowercase Latin letters, digits and underscores only: "/điểm" is refused.
        if (commands.Any(c => !CommandName().IsMatch(c.Command))) return BotApiResult.BadRequest("BOT_COMMAND_INVALID");
        if (commands.Any(c => c.Description.Trim().Length is 0 or > 256)) return BotApiResult.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");

        lock (_gate) _menus[Key(request)] = commands;
        commandsSet.Add(new CommandsSet(commands, Language(request), Scope(request)));
        return BotApiResult.Ok(true);
    }

    private IReadOnlyList<MenuCommand> Menu(BotApiRequest request)
    {
        lock (_gate) return _menus.GetValueOrDefault(Key(request)) ?? [];
    }

    private static string Key(BotApiRequest request) => $"{Scope(request).ToJsonString()}|{Language(request)}";

    private static JsonNode Scope(BotApiRequest request) => request.Json("scope") ?? new JsonObject { ["type"] = "default" };

    private static string? Language(BotApiRequest request) =>
        string.IsNullOrEmpty(request.String("language_code")) ? null : request.String("language_code");

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
