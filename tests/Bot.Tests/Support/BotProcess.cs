using System.Diagnostics;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Tests.Fakes.Telegram;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// The bot as its own OS process (<c>run</c>), on a store under test and the fake Bot API: what a test
/// kills with SIGKILL, or runs two of. Settings come as the environment, as a deployment gives them.
/// </summary>
public static class BotProcess
{
    /// <param name="settings">Laid over the store's, the fake's and the school year's ("Delivery:Lease" …).</param>
    /// <param name="line">Each line the process writes (its log), when a test reads it.</param>
    public static Process Start(StoreUnderTest store, FakeBotApi api, IDictionary<string, string> settings, Action<string>? line = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(store.DatabasePath);
        var environment = new Dictionary<string, string?>(store.Settings())
        {
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["School:Year"] = "2026-2027",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings) environment[key] = value;
        foreach (var (key, value) in environment) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) line?.Invoke(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) line?.Invoke(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
