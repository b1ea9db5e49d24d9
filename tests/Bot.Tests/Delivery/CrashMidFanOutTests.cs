using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Delivery;

/// <summary>
/// The sender runs in a child process over a few thousand recipients and is killed (SIGKILL) at
/// random moments, then started again: every recipient gets its message, with at most one duplicate
/// per kill, and the store opens cleanly afterwards — on LiteDB, and again on PostgreSQL.
/// </summary>
public class CrashMidFanOutTests : IAsyncLifetime, IDisposable
{
    private const int Recipients = 2_000;
    private const int Kills = 3;
    private readonly TempDirectory _dir = new();
    private FakeBotApi _api = null!;
    private StoreUnderTest _store = null!;

    /// <summary>The engine the bot runs on: LiteDB, or PostgreSQL in the same suite run again.</summary>
    protected virtual StorageProvider Provider => StorageProvider.LiteDb;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _store = await StoreUnderTest.CopyDemoAsync(Provider, _dir);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        var messages = Enumerable.Range(0, Recipients).Select(i =>
        {
            var chat = new ChatAddress("telegram", (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return OutboxMessages.Of($"weekly:2026-W48:test:{chat.Key}", chat, new Reply($"Tóm tắt tuần {i}"), now, now);
        }).ToList();
        await using var ports = _store.OpenPorts();
        await ports.GetRequiredService<IOutbox>().EnqueueManyAsync(messages, default);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose()
    {
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }

    private Process StartService(string lease = "00:00:02") => BotProcess.Start(_store, _api, new Dictionary<string, string>
    {
        // Another process's silence counts as a stop after six seconds (PostgreSQL; on LiteDB a restart takes the leases back at once).
        ["Instance:BeatEvery"] = "00:00:02",
        ["Instance:StaleAfter"] = "00:00:06",
        ["Delivery:MessagesPerSecond"] = "400",
        ["Delivery:Lease"] = lease,
        ["Delivery:PollInterval"] = "00:00:00.200",
    });

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
        await using var ports = _store.OpenPorts();
        var counts = await ports.GetRequiredService<IOutbox>().CountsAsync(default);
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
