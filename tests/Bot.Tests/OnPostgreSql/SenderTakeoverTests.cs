using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

/// <summary>
/// Two bot processes on one PostgreSQL database, one bot token: only one sends at a time (the rate is
/// never exceeded in total); the sender is killed mid fan-out and the other takes over within ten
/// seconds; every family gets its message, at most one twice.
/// </summary>
public sealed class SenderTakeoverTests : IAsyncLifetime, IDisposable
{
    private const int Recipients = 300;
    private const int Rate = 20;
    private readonly TempDirectory _dir = new();
    private FakeBotApi _api = null!;
    private StoreUnderTest _store = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _store = await StoreUnderTest.CopyDemoAsync(StorageProvider.PostgreSql, _dir);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        var messages = Enumerable.Range(0, Recipients).Select(i =>
        {
            var chat = new ChatAddress("telegram", (200_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return OutboxMessages.Of($"weekly:2026-W48:takeover:{chat.Key}", chat, new Reply($"Tóm tắt tuần {i}"), now, now);
        }).ToList();
        await using var ports = _store.OpenPorts();
        await ports.GetRequiredService<IOutbox>().EnqueueManyAsync(messages, default);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private Process StartService(string name) => BotProcess.Start(_store, _api, new Dictionary<string, string>
    {
        ["Instance:Name"] = name,
        ["Instance:BeatEvery"] = "00:00:02",
        ["Instance:StaleAfter"] = "00:00:06",
        ["Delivery:MessagesPerSecond"] = Rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Delivery:SenderLease"] = "00:00:06",
        ["Delivery:PollInterval"] = "00:00:00.200",
    });

    private int Delivered() => _api.Sent.Select(m => m.ChatId).Distinct().Count();

    private async Task<SenderHolder?> HolderAsync()
    {
        await using var ports = _store.OpenPorts();
        return await ports.GetRequiredService<ISenderLease>().HolderAsync(SenderElection.KeyOf(_api.Token, ""), default);
    }

    /// <summary>The most messages the fake took in any one second.</summary>
    private int BusiestSecond()
    {
        var ticks = _api.Sent.Select(m => m.ReceivedAt).Order().ToArray();
        var most = 0;
        for (int i = 0, j = 0; i < ticks.Length; i++)
        {
            while (ticks[i] - ticks[j] >= Stopwatch.Frequency) j++;
            most = Math.Max(most, i - j + 1);
        }
        return most;
    }

    [Fact]
    public async Task OnlyOneProcessSends_AndWhenItIsKilledTheOtherTakesOverWithinTenSeconds()
    {
        using var first = StartService("bot-a");
        var waited = Stopwatch.StartNew();
        while (Delivered() == 0 && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(20);
        using var second = StartService("bot-b");
        await Task.Delay(TimeSpan.FromSeconds(4)); // both running: the second waits, it does not send
        var holder = await HolderAsync();
        Assert.Equal(("bot-a", true), (holder?.Holder, holder?.Live ?? false));

        first.Kill();
        await first.WaitForExitAsync();
        var killedAt = Stopwatch.GetTimestamp();
        var atKill = _api.Sent.Count;
        waited.Restart();
        while (_api.Sent.Count <= atKill + 1 && waited.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(20);
        var takeover = Stopwatch.GetElapsedTime(killedAt);
        waited.Restart();
        while (Delivered() < Recipients && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
        second.Kill();
        await second.WaitForExitAsync();

        Assert.True(takeover < TimeSpan.FromSeconds(10), $"the survivor sent {takeover.TotalSeconds:0.0} s after the kill");
        Assert.Equal(Recipients, Delivered());
        Assert.True(_api.Sent.Count - Recipients <= 1, $"{_api.Sent.Count - Recipients} duplicates for one kill");
        // One sender at a time: never two processes' worth of messages in a second (the gate lets a short catch-up through).
        Assert.True(BusiestSecond() <= Rate * 1.5, $"{BusiestSecond()} messages in one second at {Rate}/s");
    }
}
