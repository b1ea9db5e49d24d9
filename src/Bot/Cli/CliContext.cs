using System.CommandLine;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Hosting;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// What every verb shares: the terminal it talks to and settings laid over the configuration
/// (a test's school year, say), applied after appsettings.json and the environment.
/// </summary>
public sealed record CliContext(Terminal Terminal, IReadOnlyDictionary<string, string?> Settings)
{
    public static CliContext System() => new(Terminal.System(), new Dictionary<string, string?>());

    /// <summary>The host for a one-shot verb, with <c>--db</c> applied.</summary>
    public IHost BuildHost(ParseResult parse) => SchoolHost.BuildForCommand(SettingsFor(parse));

    /// <summary>The settings with the verb's <c>--db</c> laid over them.</summary>
    public Dictionary<string, string?> SettingsFor(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var settings = new Dictionary<string, string?>(Settings);
        if (parse.GetValue(CommandLine.Database) is { } db) settings["Storage:DatabasePath"] = db;
        return settings;
    }
}
