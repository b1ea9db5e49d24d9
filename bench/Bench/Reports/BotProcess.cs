using System.Diagnostics;

namespace SoLienLac.Bench.Reports;

/// <summary>
/// The bot's command line as a person runs it: <c>dotnet SoLienLac.Bot.dll …</c> in a process of its
/// own (runtime start and first-call JIT included), from the copy beside the bench's own assembly.
/// </summary>
internal static class BotProcess
{
    public static async Task RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SoLienLac.Bot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"`{string.Join(' ', args)}` exited with {process.ExitCode}: {await error}{await output}");
    }
}
