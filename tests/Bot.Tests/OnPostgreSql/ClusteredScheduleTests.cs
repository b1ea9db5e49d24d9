using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
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

    private Process StartService(string name) => BotProcess.Start(_store, _api, new Dictionary<string, string>
    {
        ["Instance:Name"] = name,
        ["Schedule:WeeklySummaryCron"] = "0/10 * * * * ?",
        ["Logging:LogLevel:SoLienLac.Bot.Scheduling.WeeklySummaryJob"] = "Information",
    }, line =>
    {
        if (Fired().Match(line) is { Success: true } m)
            _firings.Enqueue((name, DateTimeOffset.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value));
    });

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
