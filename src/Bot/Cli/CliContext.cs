using System.CommandLine;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Storage.LiteDb;

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

    /// <summary>
    /// Runs a verb on its own host; when a running bot holds the database file, hands the verb to
    /// it (<see cref="ServiceHandOff"/>) and prints what the bot says.
    /// </summary>
    public async Task<int> RunHereOrInBotAsync(ParseResult parse, HandOffRequest request, Func<IServiceProvider, Terminal, int> verb,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verb);
        try
        {
            using var host = BuildHost(parse);
            return verb(host.Services, Terminal);
        }
        catch (DatabaseBusyException busy) when (ServiceHandOff.IsServed(busy.DatabasePath))
        {
            await Terminal.Error.WriteLineAsync("Bot đang chạy và giữ tệp dữ liệu: lệnh được chuyển cho bot…");
            var result = await ServiceHandOff.AskAsync(busy.DatabasePath, request, ServiceHandOff.PickupWait, cancellationToken);
            if (result is null) throw;
            await Terminal.Out.WriteAsync(result.Out);
            await Terminal.Error.WriteAsync(result.Error);
            return result.ExitCode;
        }
    }

    /// <summary>The settings with the verb's <c>--db</c> laid over them.</summary>
    public Dictionary<string, string?> SettingsFor(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var settings = new Dictionary<string, string?>(Settings);
        if (parse.GetValue(CommandLine.Database) is { } db) settings["Storage:DatabasePath"] = db;
        return settings;
    }
}
