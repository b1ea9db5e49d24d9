using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Delivery;

/// <summary>What the sender and the notifier rely on, whatever the engine (docs/decisions/0006).</summary>
public abstract class OutboxContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly ChatAddress Parent = new("telegram", "101");
    private static readonly ChatAddress OtherParent = new("zalo", "u-202");
    private static readonly CodeHolder Hs1 = CodeHolder.Student(StudentCode.Parse("HS0001"));
    private static readonly CodeHolder Hs2 = CodeHolder.Student(StudentCode.Parse("HS0002"));

    private IOutbox Outbox => Port<IOutbox>();

    protected static OutboxMessage Message(string id, DateTimeOffset notBefore, ChatAddress? chat = null, CodeHolder? forWhom = null) =>
        new(id, chat ?? Parent, $$"""{"text":"Điểm mới: {{id}}"}""", notBefore.AddMinutes(-1), notBefore) { For = forWhom ?? Hs1 };

    [Fact]
    public async Task Enqueue_TheSameIdTwice_KeepsTheFirst()
    {
        Assert.True(await Outbox.EnqueueAsync(Message("weekly:2026-W49:HS0001:telegram:101", T0), default));
        Assert.False(await Outbox.EnqueueAsync(Message("weekly:2026-W49:HS0001:telegram:101", T0) with { Body = "second" }, default));

        var stored = await Outbox.FindAsync("weekly:2026-W49:HS0001:telegram:101", default);
        Assert.Equal("""{"text":"Điểm mới: weekly:2026-W49:HS0001:telegram:101"}""", stored!.Body);
    }

    [Fact]
    public async Task EnqueueMany_AddsTheNewIdsOnly_AndCountsThem()
    {
        await Outbox.EnqueueAsync(Message("a", T0), default);

        var added = await Outbox.EnqueueManyAsync([Message("a", T0), Message("b", T0), Message("c", T0), Message("c", T0.AddHours(1))], default);

        Assert.Equal(2, added);
        Assert.Equal(3, (await Outbox.CountsAsync(default))[OutboxStatus.Pending]);
        Assert.Equal(T0, (await Outbox.FindAsync("c", default))!.NotBefore);
        Assert.Equal(0, await Outbox.EnqueueManyAsync([], default));
    }

    [Fact]
    public async Task Find_GivesBackWhatWasWritten()
    {
        var teacher = CodeHolder.Teacher("GV003");
        await Outbox.EnqueueManyAsync([
            Message("leave:7:Approved:zalo:u-202", T0, OtherParent, teacher),
            Message("link-ended:telegram:101", T0.AddSeconds(30)) with { For = null },
        ], default);

        var leave = await Outbox.FindAsync("leave:7:Approved:zalo:u-202", default);
        Assert.NotNull(leave);
        Assert.Equal(OtherParent, leave.Chat);
        Assert.Equal(teacher, leave.For);
        Assert.Equal(T0, leave.NotBefore);
        Assert.Equal(T0.AddMinutes(-1), leave.CreatedAt);
        Assert.Equal((OutboxStatus.Pending, 0, (DateTimeOffset?)null, (DateTimeOffset?)null, (string?)null),
            (leave.Status, leave.Attempts, leave.LeaseUntil, leave.SentAt, leave.LastError));
        Assert.Null((await Outbox.FindAsync("link-ended:telegram:101", default))!.For);
        Assert.Null(await Outbox.FindAsync("nothing", default));
    }

    [Fact]
    public async Task Lease_TakesDueMessagesOldestFirst_UpToTheMax_AndCountsAnAttempt()
    {
        await Outbox.EnqueueManyAsync([
            Message("third", T0.AddMinutes(3)), Message("first", T0.AddMinutes(1)),
            Message("second", T0.AddMinutes(2)), Message("later", T0.AddMinutes(30)),
        ], default);
        var now = T0.AddMinutes(5);

        var taken = await Outbox.LeaseAsync(2, now, Lease, "test", default);

        Assert.Equal(["first", "second"], taken.Select(m => m.Id));
        Assert.All(taken, m => Assert.Equal((1, (DateTimeOffset?)(now + Lease)), (m.Attempts, m.LeaseUntil)));
        Assert.Equal(["third"], (await Outbox.LeaseAsync(10, now, Lease, "test", default)).Select(m => m.Id));
        Assert.Empty(await Outbox.LeaseAsync(10, now, Lease, "test", default));
        Assert.Empty(await Outbox.LeaseAsync(0, T0.AddHours(1), Lease, "test", default));
    }

    [Fact]
    public async Task Lease_LeavesALeasedMessage_UntilTheLeaseRunsOut()
    {
        await Outbox.EnqueueAsync(Message("m", T0), default);
        Assert.Single(await Outbox.LeaseAsync(10, T0, Lease, "test", default));

        Assert.Empty(await Outbox.LeaseAsync(10, T0 + Lease - TimeSpan.FromSeconds(1), Lease, "test", default));
        var again = Assert.Single(await Outbox.LeaseAsync(10, T0 + Lease, Lease, "test", default));

        Assert.Equal(2, again.Attempts);
    }

    [Fact]
    public async Task Lease_TakesPendingMessagesOnly()
    {
        await Outbox.EnqueueManyAsync([Message("sent", T0), Message("failed", T0), Message("withdrawn", T0, OtherParent), Message("pending", T0)], default);
        await Outbox.MarkSentAsync("sent", T0, default);
        await Outbox.CloseAsync("failed", OutboxStatus.Failed, "400 Bad Request", default);
        await Outbox.WithdrawPendingAsync(OtherParent, null, default);

        Assert.Equal(["pending"], (await Outbox.LeaseAsync(10, T0.AddHours(1), Lease, "test", default)).Select(m => m.Id));
    }

    [Fact]
    public async Task Release_GivesTheMessageBack_WithoutCountingAnAttempt()
    {
        await Outbox.EnqueueAsync(Message("m", T0), default);
        await Outbox.LeaseAsync(10, T0, Lease, "test", default);

        await Outbox.ReleaseAsync(["m"], default);

        var released = await Outbox.FindAsync("m", default);
        Assert.Equal((0, (DateTimeOffset?)null), (released!.Attempts, released.LeaseUntil));
        Assert.Single(await Outbox.LeaseAsync(10, T0, Lease, "test", default));
    }

    [Fact]
    public async Task Retry_PutsTheMessageOff_AndKeepsTheReason()
    {
        await Outbox.EnqueueAsync(Message("m", T0), default);
        await Outbox.LeaseAsync(10, T0, Lease, "test", default);

        await Outbox.RetryAsync("m", T0.AddMinutes(10), "429: retry after 600", default);

        Assert.Empty(await Outbox.LeaseAsync(10, T0.AddMinutes(9), Lease, "test", default));
        var retried = Assert.Single(await Outbox.LeaseAsync(10, T0.AddMinutes(10), Lease, "test", default));
        Assert.Equal((2, "429: retry after 600", T0.AddMinutes(10)), (retried.Attempts, retried.LastError, retried.NotBefore));
    }

    [Fact]
    public async Task MarkSentAndClose_EndTheLease_AndShowInTheCounts()
    {
        await Outbox.EnqueueManyAsync([Message("a", T0), Message("b", T0), Message("c", T0), Message("d", T0)], default);
        await Outbox.LeaseAsync(10, T0, Lease, "test", default);

        await Outbox.MarkSentAsync("a", T0.AddSeconds(1), default);
        await Outbox.MarkSentAsync("b", T0.AddSeconds(40), default);
        await Outbox.CloseAsync("c", OutboxStatus.Blocked, "403 Forbidden", default);
        await Outbox.MarkSentAsync("no such id", T0, default);

        var sent = await Outbox.FindAsync("a", default);
        Assert.Equal((OutboxStatus.Sent, T0.AddSeconds(1), (DateTimeOffset?)null), (sent!.Status, sent.SentAt, sent.LeaseUntil));
        var blocked = await Outbox.FindAsync("c", default);
        Assert.Equal((OutboxStatus.Blocked, "403 Forbidden", (DateTimeOffset?)null), (blocked!.Status, blocked.LastError, blocked.LeaseUntil));
        var counts = await Outbox.CountsAsync(default);
        Assert.Equal(Enum.GetValues<OutboxStatus>(), counts.Keys.Order());
        Assert.Equal((1, 2, 0, 1, 0), (counts[OutboxStatus.Pending], counts[OutboxStatus.Sent], counts[OutboxStatus.Failed],
            counts[OutboxStatus.Blocked], counts[OutboxStatus.Withdrawn]));
        Assert.Equal(1, await Outbox.SentSinceAsync(T0.AddSeconds(40), default));
        Assert.Equal(2, await Outbox.SentSinceAsync(T0, default));
    }

    [Fact]
    public async Task CancelPending_DropsThePendingMessagesOfThatPrefix_NotOnesBeingSentOrSent()
    {
        const string prefix = "score:HS0001|Toán|1|TX1:telegram:101:";
        await Outbox.EnqueueManyAsync([
            Message(prefix + "8:100", T0.AddMinutes(30)), Message(prefix + "9:200", T0.AddMinutes(30)),
            Message(prefix + "7:050", T0), Message(prefix + "6:010", T0),
            Message("score:HS0001|Toán|1|TX10:telegram:101:8:100", T0.AddMinutes(30)),
            Message("score:HS0001|Toán|1|TX1:zalo:u-202:8:100", T0.AddMinutes(30), OtherParent),
        ], default);
        await Outbox.LeaseAsync(2, T0, Lease, "test", default);
        await Outbox.MarkSentAsync(prefix + "6:010", T0, default);

        Assert.Equal(2, await Outbox.CancelPendingAsync(prefix, default));

        Assert.Null(await Outbox.FindAsync(prefix + "8:100", default));
        Assert.Null(await Outbox.FindAsync(prefix + "9:200", default));
        Assert.NotNull(await Outbox.FindAsync(prefix + "7:050", default));
        Assert.NotNull(await Outbox.FindAsync(prefix + "6:010", default));
        Assert.NotNull(await Outbox.FindAsync("score:HS0001|Toán|1|TX10:telegram:101:8:100", default));
        Assert.NotNull(await Outbox.FindAsync("score:HS0001|Toán|1|TX1:zalo:u-202:8:100", default));
    }

    [Fact]
    public async Task LastSentId_IsTheNewestSentOfThatPrefix()
    {
        const string prefix = "score:HS0001|Toán|1|GK:telegram:101:";
        await Outbox.EnqueueManyAsync([
            Message(prefix + "8:100", T0), Message(prefix + "9:200", T0), Message(prefix + "7:300", T0), Message(prefix + "5:400", T0),
            Message("score:HS0001|Toán|1|CK:telegram:101:10:500", T0),
        ], default);
        await Outbox.MarkSentAsync(prefix + "9:200", T0.AddMinutes(2), default);
        await Outbox.MarkSentAsync(prefix + "8:100", T0.AddMinutes(1), default);
        await Outbox.MarkSentAsync("score:HS0001|Toán|1|CK:telegram:101:10:500", T0.AddMinutes(9), default);
        await Outbox.CloseAsync(prefix + "5:400", OutboxStatus.Failed, "400", default);

        Assert.Equal(prefix + "9:200", await Outbox.LastSentIdAsync(prefix, default));
        Assert.Null(await Outbox.LastSentIdAsync("score:HS0002|", default));
    }

    [Fact]
    public async Task WithdrawPending_TakesTheChatsWaitingMessages_ForWhomTheyWereWritten()
    {
        await Outbox.EnqueueManyAsync([
            Message("hs1-a", T0), Message("hs1-b", T0.AddHours(1)), Message("hs1-leased", T0.AddMinutes(-5)),
            Message("hs2", T0, forWhom: Hs2), Message("anyone", T0) with { For = null },
            Message("other-chat", T0, OtherParent), Message("hs1-sent", T0.AddMinutes(-10)),
        ], default);
        await Outbox.MarkSentAsync("hs1-sent", T0, default);
        await Outbox.LeaseAsync(1, T0.AddMinutes(-5), Lease, "test", default);

        Assert.Equal(2, await Outbox.WithdrawPendingAsync(Parent, Hs1, default));
        var withdrawn = await Outbox.FindAsync("hs1-b", default);
        Assert.Equal((OutboxStatus.Withdrawn, "liên kết đã kết thúc"), (withdrawn!.Status, withdrawn.LastError));
        Assert.Equal(OutboxStatus.Pending, (await Outbox.FindAsync("hs1-leased", default))!.Status);
        Assert.Equal(OutboxStatus.Sent, (await Outbox.FindAsync("hs1-sent", default))!.Status);

        Assert.Equal(2, await Outbox.WithdrawPendingAsync(Parent, null, default));
        Assert.Equal(OutboxStatus.Withdrawn, (await Outbox.FindAsync("anyone", default))!.Status);
        Assert.Equal(OutboxStatus.Pending, (await Outbox.FindAsync("other-chat", default))!.Status);
        Assert.Equal(0, await Outbox.WithdrawPendingAsync(Parent, null, default));
    }

    [Fact]
    public async Task Prune_DeletesFinishedMessagesDueBefore_OldestFirst_AtMostMaxAtATime()
    {
        await Outbox.EnqueueManyAsync([
            Message("sent-2", T0.AddDays(-200)), Message("sent-1", T0.AddDays(-300)), Message("failed", T0.AddDays(-190)),
            Message("pending", T0.AddDays(-400)), Message("recent", T0.AddDays(-10)),
        ], default);
        foreach (var id in new[] { "sent-2", "sent-1", "recent" }) await Outbox.MarkSentAsync(id, T0.AddDays(-5), default);
        await Outbox.CloseAsync("failed", OutboxStatus.Failed, "400", default);
        var before = T0.AddDays(-180);

        Assert.Equal(2, await Outbox.PruneAsync(before, 2, default));
        Assert.Null(await Outbox.FindAsync("sent-1", default));
        Assert.Null(await Outbox.FindAsync("sent-2", default));
        Assert.NotNull(await Outbox.FindAsync("failed", default));

        Assert.Equal(1, await Outbox.PruneAsync(before, 2, default));
        Assert.Equal(0, await Outbox.PruneAsync(before, 2, default));
        Assert.NotNull(await Outbox.FindAsync("pending", default));
        Assert.NotNull(await Outbox.FindAsync("recent", default));
    }

    [Fact]
    public async Task SendersLeasingAtOnce_NeverTakeTheSameMessage()
    {
        const int count = 1_000;
        await Outbox.EnqueueManyAsync([.. Enumerable.Range(0, count).Select(i => Message($"m{i:D4}", T0.AddSeconds(-i)))], default);
        var senders = new[] { Outbox, PortOfSecondProcess<IOutbox>(), PortOfSecondProcess<IOutbox>(), PortOfSecondProcess<IOutbox>() };

        var taken = await Task.WhenAll(senders.Select((sender, i) => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (await sender.LeaseAsync(5, T0, Lease, $"sender-{i}", default) is { Count: > 0 } batch)
                mine.AddRange(batch.Select(m => m.Id));
            return mine;
        })));

        var all = taken.SelectMany(ids => ids).ToList();
        Assert.Equal(count, all.Count);
        Assert.Equal(count, all.Distinct().Count());
    }
}
