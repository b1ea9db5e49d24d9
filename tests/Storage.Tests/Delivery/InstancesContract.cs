using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Operations;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Delivery;

/// <summary>Leases that know their owner: what a stopped process held goes back to the queue, a live one's stays.</summary>
public abstract class InstancesContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private IOutbox Outbox => Port<IOutbox>();

    private IInstances Instances => Port<IInstances>();

    private static OutboxMessage Message(string id) =>
        new(id, new ChatAddress("telegram", "101"), """{"text":"Tóm tắt tuần"}""", T0.AddMinutes(-5), T0.AddMinutes(-1));

    [Fact]
    public async Task Lease_NamesItsOwner_AndSendingEndsIt()
    {
        await Outbox.EnqueueManyAsync([Message("a"), Message("b")], default);

        var taken = await Outbox.LeaseAsync(1, T0, Lease, "bot-1", default);

        Assert.Equal("bot-1", Assert.Single(taken).LeasedBy);
        await Outbox.MarkSentAsync("a", T0, default);
        Assert.Null((await Outbox.FindAsync("a", default))!.LeasedBy);
    }

    [Fact]
    public async Task Reclaim_GivesBackTheLeasesOfAnInstanceThatStoppedBeating_AtOnce()
    {
        await Outbox.EnqueueManyAsync([Message("a"), Message("b"), Message("c")], default);
        await Instances.BeatAsync("killed", T0.AddMinutes(-10), T0, default);
        Assert.Equal(2, (await Outbox.LeaseAsync(2, T0, Lease, "killed", default)).Count);

        await Instances.BeatAsync("restarted", T0.AddSeconds(40), T0.AddSeconds(40), default);
        var freed = await Instances.ReclaimAsync("restarted", T0.AddSeconds(10), default);

        // Well before the 2-minute lease runs out, the new process takes the dead one's messages.
        Assert.Equal(2, freed);
        var again = await Outbox.LeaseAsync(10, T0.AddSeconds(41), Lease, "restarted", default);
        Assert.Equal(["a", "b", "c"], again.Select(m => m.Id).Order());
        Assert.Equal(["restarted"], (await Instances.ListAsync(default)).Select(i => i.Name));
    }

    [Fact]
    public async Task Reclaim_LeavesTheLeasesOfAnInstanceStillBeating()
    {
        await Outbox.EnqueueManyAsync([Message("a")], default);
        await Instances.BeatAsync("other", T0, T0, default);
        await Outbox.LeaseAsync(1, T0, Lease, "other", default);

        Assert.Equal(0, await Instances.ReclaimAsync("me", T0.AddSeconds(-30), default));

        Assert.Empty(await Outbox.LeaseAsync(10, T0.AddSeconds(5), Lease, "me", default));
        var other = Assert.Single(await Instances.ListAsync(default));
        Assert.Equal(("other", 1), (other.Name, other.Leased));
    }

    [Fact]
    public async Task Reclaim_GivesBackLeasesNoInstanceOnRecordHolds()
    {
        await Outbox.EnqueueManyAsync([Message("a")], default);
        await Outbox.LeaseAsync(1, T0, Lease, "never-beat", default);

        Assert.Equal(1, await Instances.ReclaimAsync("me", T0.AddSeconds(-30), default));
    }

    [Fact]
    public async Task Leave_GivesBackTheLeases_AndForgetsTheInstance()
    {
        await Outbox.EnqueueManyAsync([Message("a")], default);
        await Instances.BeatAsync("bot-1", T0, T0, default);
        await Outbox.LeaseAsync(1, T0, Lease, "bot-1", default);

        await Instances.LeaveAsync("bot-1", default);

        Assert.Empty(await Instances.ListAsync(default));
        Assert.Single(await Outbox.LeaseAsync(1, T0.AddSeconds(1), Lease, "bot-2", default));
    }

    [Fact]
    public async Task List_ShowsEveryInstance_ItsBeatAndWhatItHolds()
    {
        await Outbox.EnqueueManyAsync([Message("a"), Message("b"), Message("c")], default);
        await Instances.BeatAsync("bot-1", T0.AddHours(-2), T0, default);
        await Instances.BeatAsync("bot-2", T0.AddHours(-1), T0.AddSeconds(5), default);
        await Outbox.LeaseAsync(2, T0, Lease, "bot-2", default);

        var listed = await Instances.ListAsync(default);

        Assert.Equal([("bot-2", 2), ("bot-1", 0)], listed.Select(i => (i.Name, i.Leased)));
        Assert.Equal(T0.AddSeconds(5), listed[0].LastBeat);
        Assert.Equal(T0.AddHours(-2), listed[1].StartedAt);
    }
}
