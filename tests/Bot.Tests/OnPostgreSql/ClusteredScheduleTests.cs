using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

/// <summary>
/// Two bot processes on one PostgreSQL database share one clustered scheduler: each firing of the weekly
/// summary runs on one process only, and when a process is killed the other goes on firing it.
/// (The cron fires every ten seconds here, so the test sees several firings.)
/// </summary>
public sealed partial class ClusteredScheduleTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ConcurrentQueue<(string Process, DateTimeOffset Scheduled, string Scheduler)> _firings = new();
    private FakeBotApi _api = null!;
    private StoreUnderTest _store = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _store = await StoreUnderTest.CopyDemoAsync(StorageProvider.PostgreSql, _dir);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    [GeneratedRegex(@"Weekly summary fired for (\S+) ran on (\S+)")]
    private static partial Regex Fired();

    private Process StartService(string name)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        start.ArgumentList.Add("run");
        foreach (var (key, value) in _store.Settings()) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Instance__Name"] = name;
        start.Environment["Telegram__BotToken"] = _api.Token;
        start.Environment["Telegram__ApiBaseUrl"] = _api.BaseUrl;
        start.Environment["Telegram__PollingTimeoutSeconds"] = "1";
        start.Environment["School__Year"] = "2026-2027";
        start.Environment["Schedule__WeeklySummaryCron"] = "0/10 * * * * ?";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__SoLienLac.Bot.Scheduling.WeeklySummaryJob"] = "Information";
        var process = Process.Start(start)!;
        void Read(string? line)
        {
            if (line is not null && Fired().Match(line) is { Success: true } m)
                _firings.Enqueue((name, DateTimeOffset.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value));
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task UntilAsync(Func<bool> done, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (!done() && waited.Elapsed < within) await Task.Delay(100);
    }

    [Fact]
    public async Task EachFiring_RunsOnOneProcess_AndTheOtherGoesOnWhenOneIsKilled()
    {
        using var a = StartService("bot-a");
        using var b = StartService("bot-b");
        await UntilAsync(() => _firings.Count >= 3, TimeSpan.FromSeconds(90));
        var beforeKill = _firings.ToList();
        var victim = beforeKill[^1].Process == "bot-a" ? a : b;
        var survivor = victim == a ? "bot-b" : "bot-a";
        victim.Kill();
        await victim.WaitForExitAsync();
        var killedAt = DateTimeOffset.UtcNow;
        await UntilAsync(() => _firings.Any(f => f.Process == survivor && f.Scheduled > killedAt), TimeSpan.FromSeconds(60));
        (victim == a ? b : a).Kill();

        var firings = _firings.ToList();
        Assert.True(beforeKill.Count >= 3, $"{beforeKill.Count} firings in 90 s");
        // Never the same firing on both processes.
        Assert.All(firings.GroupBy(f => f.Scheduled), g => Assert.Single(g));
        Assert.Contains(firings, f => f.Process == survivor && f.Scheduled > killedAt);
    }
}
