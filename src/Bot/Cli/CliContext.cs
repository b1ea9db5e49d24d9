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

    /// <summary>
    /// The running bot's services, when the bot carries out a verb handed to it (<see cref="ServiceHandOff"/>):
    /// the verb then works on the bot's open store instead of opening the file.
    /// </summary>
    public IServiceProvider? Bot { get; init; }

    /// <summary>Who ran the verb, for the audit trail: this process's user, or the one who handed the verb over.</summary>
    public string User { get; init; } = Environment.UserName;

    /// <summary>The host for a one-shot verb, with <c>--db</c> applied; the bot's own when it carries the verb out.</summary>
    public IHost BuildHost(ParseResult parse) => Bot is { } services ? new BorrowedHost(services) : SchoolHost.BuildForCommand(SettingsFor(parse));

    /// <summary>The settings with the verb's <c>--db</c> laid over them.</summary>
    public Dictionary<string, string?> SettingsFor(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var settings = new Dictionary<string, string?>(Settings);
        if (parse.GetValue(CommandLine.Database) is { } db) settings["Storage:DatabasePath"] = db;
        return settings;
    }

    /// <summary>The running bot's host lent to a verb: disposing it leaves the bot running.</summary>
    private sealed class BorrowedHost(IServiceProvider services) : IHost
    {
        public IServiceProvider Services { get; } = services;

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
