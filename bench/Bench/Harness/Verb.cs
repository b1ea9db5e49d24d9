using System.Globalization;
using SoLienLac.Bot.Cli;

namespace SoLienLac.Bench.Harness;

/// <summary>Runs a verb of the bot's command line in this process, its output captured in memory.</summary>
internal static class Verb
{
    private static readonly Dictionary<string, string?> NoSettings = [];

    /// <summary>Returns what the verb printed; throws when it does not succeed, as a benchmark of a failure means nothing.</summary>
    public static Task<string> RunAsync(params string[] args) => RunWithAsync(NoSettings, args);

    /// <summary>The same with settings laid over the configuration (the store's engine, say).</summary>
    public static async Task<string> RunWithAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CommandLine.RunAsync(args, new CliContext(new Terminal(TextReader.Null, output, error, ShowsProgress: false), settings));
        if (code != ExitCodes.Success)
            throw new InvalidOperationException($"`{string.Join(' ', args)}` exited with {code}: {error}");
        return output.ToString();
    }
}
