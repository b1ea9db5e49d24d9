using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Delivery;

/// <summary>The sender's pace, on a fake clock: evenly spaced, and never more than the limit in any second the channel counts.</summary>
public sealed class RateGateTests
{
    private const int PerSecond = 4;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Sends <paramref name="count"/> messages one after another; each is on the way for <paramref name="onTheWay"/>(i).</summary>
    private async Task<List<(DateTimeOffset Start, DateTimeOffset Done)>> Send(RateGate gate, int count, Func<int, TimeSpan> onTheWay)
    {
        var sends = new List<(DateTimeOffset, DateTimeOffset)>();
        for (var i = 0; i < count; i++)
        {
            var slot = gate.TakeSlotAsync(new ChatAddress("telegram", $"{1000 + i}"), CancellationToken.None);
            // The clock goes exactly to the slot the gate chose (never past it), then the wait ends.
            if (gate.LastSlot > _time.GetUtcNow()) _time.SetUtcNow(gate.LastSlot);
            await slot.WaitAsync(TimeSpan.FromSeconds(10));
            var start = _time.GetUtcNow();
            _time.Advance(onTheWay(i));
            gate.Completed();
            sends.Add((start, _time.GetUtcNow()));
        }
        return sends;
    }

    private RateGate Gate() => new(Options.Create(new DeliveryOptions { MessagesPerSecond = PerSecond }), _time);

    [Fact]
    public async Task MessagesAreSpacedAtTheConfiguredRate()
    {
        var sends = await Send(Gate(), 9, _ => TimeSpan.FromMilliseconds(5));

        var span = sends[^1].Start - sends[0].Start;
        // 8 gaps of 250 ms; the 5th and the 9th also wait for 1,010 ms after the one 4 before was
        // through (5 ms on the way): 15 ms more each.
        Assert.Equal(2030, span.TotalMilliseconds);
    }

    [Fact]
    public async Task AMessageHeldUpOnTheWay_DoesNotLetTheNextOnesCrowdIntoOneSecond()
    {
        // The first message takes 600 ms to get through: it may have arrived only at the end of that.
        var sends = await Send(Gate(), 12, i => TimeSpan.FromMilliseconds(i == 0 ? 600 : 2));

        for (var i = 0; i + PerSecond < sends.Count; i++)
            Assert.True(sends[i + PerSecond].Start >= sends[i].Done + TimeSpan.FromSeconds(1),
                $"message {i + PerSecond + 1} left {(sends[i + PerSecond].Start - sends[i].Done).TotalMilliseconds} ms after message {i + 1} was through: {PerSecond + 1} could arrive in one second");
    }

    [Fact]
    public async Task ATelegramPause_HoldsTelegramOnly_NotZalo()
    {
        var gates = new RateGates(Options.Create(new DeliveryOptions { MessagesPerSecond = PerSecond }), _time);
        gates.For("telegram").Pause(TimeSpan.FromSeconds(30));

        var zalo = gates.For("zalo").TakeSlotAsync(new ChatAddress("zalo", "z1"), CancellationToken.None);
        var telegram = gates.For("telegram").TakeSlotAsync(new ChatAddress("telegram", "t1"), CancellationToken.None);

        await zalo.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(telegram.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(30), gates.For("telegram").PausedFor);
        Assert.Equal(TimeSpan.Zero, gates.For("zalo").PausedFor);
        _time.Advance(TimeSpan.FromSeconds(30));
        await telegram.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
