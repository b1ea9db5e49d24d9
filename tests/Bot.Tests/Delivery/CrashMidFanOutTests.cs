using System.Diagnostics;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Delivery;

/// <summary>
/// The sender runs in a child process over a few thousand recipients and is killed (SIGKILL) at
/// random moments, then started again: every recipient gets its message, with at most one duplicate
/// per kill, and the LiteDB file opens cleanly afterwards.
/// </summary>
public sealed class CrashMidFanOutTests : IAsyncLifetime, IDisposable
{
    private const int Recipients = 2_000;
    private const int Kills = 3;
    private readonly TempDirectory _dir = new();
    private FakeBotApi _api = null!;
    private string _db = "";

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _db = DemoDatabase.CopyTo(_dir);
        using var db = SchoolDatabase.Open(_db);
        var outbox = new LiteDbOutbox(db);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < Recipients; i++)
        {
            var chat = new ChatAddress("telegram", (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            outbox.Enqueue(OutboxMessages.Of($"weekly:2026-W48:test:{chat.Key}", chat, new Reply($"Tóm tắt tuần {i}"), now, now));
        }
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private Process StartService(string lease = "00:00:02")
    {
        var bot = typeof(CommandLine).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(bot);
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(_db);
        start.Environment["Telegram__BotToken"] = _api.Token;
        start.Environment["Telegram__ApiBaseUrl"] = _api.BaseUrl;
        start.Environment["Telegram__PollingTimeoutSeconds"] = "1";
        start.Environment["School__Year"] = "2026-2027";
        start.Environment["Delivery__MessagesPerSecond"] = "400";
        start.Environment["Delivery__Lease"] = lease;
        start.Environment["Delivery__PollInterval"] = "00:00:00.200";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private int Delivered() => _api.Sent.Select(m => m.ChatId).Distinct().Count();

    /// <summary>Waits until every recipient has its message, or nothing more arrived for 30 seconds (a slow machine is not a stuck sender).</summary>
    private async Task EveryoneOrNoProgress()
    {
        var (last, since) = (Delivered(), Stopwatch.StartNew());
        while (Delivered() < Recipients && since.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
            if (Delivered() != last) (last, since) = (Delivered(), Stopwatch.StartNew());
        }
    }

    [Fact]
    public async Task KilledMidSend_RestartedSeveralTimes_EveryoneGetsOneMessage_AtMostOneDuplicatePerKill()
    {
        var random = new Random(2026);
        for (var kill = 0; kill < Kills; kill++)
        {
            using var service = StartService();
            var before = Delivered();
            // Kill only once this run has sent something, at a random moment of its sending.
            var deadline = Stopwatch.StartNew();
            while (Delivered() == before && deadline.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(20);
            await Task.Delay(random.Next(50, 600));
            service.Kill();
            await service.WaitForExitAsync();
        }

        using (var last = StartService())
        {
            await EveryoneOrNoProgress();
            await Task.Delay(1000);
            last.Kill();
            await last.WaitForExitAsync();
        }

        var perChat = _api.Sent.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Recipients, perChat.Count);
        Assert.True(perChat.Values.Sum() - Recipients <= Kills + 1, $"{perChat.Values.Sum() - Recipients} duplicates for {Kills + 1} kills");
        using var reopened = SchoolDatabase.Open(_db);
        var counts = new LiteDbOutbox(reopened).Counts();
        Assert.Equal(0, counts[OutboxStatus.Failed]);
        Assert.True(counts[OutboxStatus.Sent] >= Recipients - 1, $"{counts[OutboxStatus.Sent]} marked sent");
    }

    /// <summary>
    /// With the lease at ten minutes, the bot started after a kill sends what the killed one had
    /// leased at once: the leases name their owner, and the file is only ever one process's.
    /// </summary>
    [Fact]
    public async Task KilledMidSend_TheRestartedBot_TakesBackWhatTheDeadOneHeld_WithoutWaitingForTheLease()
    {
        using (var killed = StartService(lease: "00:10:00"))
        {
            var deadline = Stopwatch.StartNew();
            while (Delivered() == 0 && deadline.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(20);
            await Task.Delay(100);
            killed.Kill();
            await killed.WaitForExitAsync();
        }
        Assert.InRange(Delivered(), 1, Recipients - 1);

        using (var restarted = StartService(lease: "00:10:00"))
        {
            // Without the leases taken back, sending stops short by the killed one's batch, for ten minutes.
            await EveryoneOrNoProgress();
            restarted.Kill();
            await restarted.WaitForExitAsync();
        }

        Assert.Equal(Recipients, Delivered());
        Assert.True(_api.Sent.Count - Recipients <= 1, $"{_api.Sent.Count - Recipients} duplicates for one kill");
    }
}
