using SoLienLac.Bot.Cli;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>What a verb printed and returned, as a person at the terminal would see it.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the executable's verbs in-process against one database file, for the school year 2026-2027.</summary>
public sealed class CliRun(string databasePath)
{
    public Dictionary<string, string?> Settings { get; } = new() { ["School:Year"] = "2026-2027" };

    public string DatabasePath { get; } = databasePath;

    public Task<CliResult> Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs a verb with lines on its standard input, as a script piping into the local chat would.</summary>
    public async Task<CliResult> RunWithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var context = new CliContext(new Terminal(reader, output, error, ShowsProgress: false), Settings);
        var code = await CommandLine.RunAsync([.. args, "--db", DatabasePath], context);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
