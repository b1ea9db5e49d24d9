using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Polls;

/// <summary>Polls and permission slips: asked with the families' messages, found by their short id, closed, answered once a child.</summary>
public abstract class PollsContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly ClassName SixA = ClassName.Parse("6A");
    private static readonly ClassName SixB = ClassName.Parse("6B");
    private static readonly StudentCode Lan = StudentCode.Parse("HS0012");
    private static readonly StudentCode Minh = StudentCode.Parse("HS0013");

    private static Poll Poll(ClassName? className, DateTimeOffset createdAt, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), className, "Cho con đi tham quan bảo tàng ngày 12/12?", ["Đồng ý", "Không đồng ý"], "GV003", createdAt, createdAt.AddDays(3));

    private static OutboxMessage Asking(Poll poll, string chat) =>
        new($"poll:{poll.Id:N}:{chat}", ChatAddress.Parse(chat), """{"text":"Phiếu hỏi ý kiến"}""", poll.CreatedAt, poll.CreatedAt);

    private static readonly string[] NoOptions = [];

    /// <summary>A poll and its options apart: a record compares a list by reference.</summary>
    private static (Poll Poll, string Options)? Show(Poll? poll) => poll is null ? null : (poll with { Options = NoOptions }, string.Join("|", poll.Options));

    private static IEnumerable<(Poll Poll, string Options)?> Show(IEnumerable<Poll> polls) => polls.Select(Show);

    private async Task<IPolls> PollsWithAsync(params Poll[] polls)
    {
        var port = Port<IPolls>();
        foreach (var p in polls) await port.CreateAsync(p, [], default);
        return port;
    }

    [Fact]
    public async Task APoll_IsCreatedWithTheFamiliesMessages_AndCreatingItAgainChangesNothing()
    {
        var polls = Port<IPolls>();
        var poll = Poll(SixA, T0) with { Options = ["Sáng", "Chiều", "Tối"], ClosesAt = null };

        await polls.CreateAsync(poll, [Asking(poll, "telegram:101"), Asking(poll, "zalo:u-202")], default);
        await polls.CreateAsync(poll with { Question = "again" }, [Asking(poll, "telegram:101") with { Body = "again" }], default);

        Assert.Equal(Show(poll), Show(await polls.FindAsync(poll.Id, default)));
        Assert.Null(await polls.FindAsync(Guid.NewGuid(), default));
        var outbox = Port<IOutbox>();
        Assert.Equal(2, (await outbox.CountsAsync(default))[OutboxStatus.Pending]);
        Assert.NotEqual("again", (await outbox.FindAsync(Asking(poll, "telegram:101").Id, default))!.Body);
    }

    [Fact]
    public async Task FindByPrefix_FindsAPollByItsShortId_AndAnAmbiguousPrefixGivesTwo()
    {
        var trip = Poll(SixA, T0, Guid.Parse("1a2b3c4d-0000-4000-8000-000000000001"));
        var slip = Poll(SixB, T0.AddHours(1), Guid.Parse("1a2b9f00-0000-4000-8000-000000000002"));
        var third = Poll(null, T0.AddHours(2), Guid.Parse("1a2b0000-0000-4000-8000-000000000003"));
        var other = Poll(null, T0.AddHours(3), Guid.Parse("ffee0000-0000-4000-8000-000000000004"));
        var polls = await PollsWithAsync(trip, slip, third, other);

        Assert.Equal([Show(trip)], Show(await polls.FindByPrefixAsync(trip.ShortId, default)));
        Assert.Equal([Show(slip)], Show(await polls.FindByPrefixAsync("1a2b9f000000", default)));
        Assert.Equal(2, (await polls.FindByPrefixAsync("1a2b", default)).Count);
        Assert.Empty(await polls.FindByPrefixAsync("1a2c", default));
        Assert.Empty(await polls.FindByPrefixAsync("1a_b", default));
    }

    [Fact]
    public async Task Latest_OfAClass_AreItsOwnAndTheSchools_OfAllWithoutOne_NewestCreatedFirst()
    {
        var sixAOld = Poll(SixA, T0.AddHours(-5));
        var school = Poll(null, T0.AddHours(-3));
        var sixB = Poll(SixB, T0.AddHours(-2));
        var sixANew = Poll(SixA, T0.AddHours(-1));
        var polls = await PollsWithAsync(sixAOld, school, sixB, sixANew);

        Assert.Equal(Show([sixANew, school, sixAOld]), Show(await polls.LatestAsync(SixA, 10, default)));
        Assert.Equal(Show([sixANew, school]), Show(await polls.LatestAsync(SixA, 2, default)));
        Assert.Equal(Show([sixANew, sixB, school, sixAOld]), Show(await polls.LatestAsync(null, 10, default)));
        Assert.Equal(Show([school]), Show(await polls.LatestAsync(ClassName.Parse("7C"), 10, default)));
    }

    [Fact]
    public async Task Closing_EndsThePoll_AndClosingAgainKeepsTheFirstTime()
    {
        var poll = Poll(SixA, T0);
        var polls = await PollsWithAsync(poll);

        await polls.CloseAsync(poll.Id, T0.AddHours(1), default);
        await polls.CloseAsync(poll.Id, T0.AddHours(2), default);
        await polls.CloseAsync(Guid.NewGuid(), T0, default);

        var closed = await polls.FindAsync(poll.Id, default);
        Assert.Equal(T0.AddHours(1), closed!.ClosedAt);
        Assert.False(closed.IsOpen(T0.AddHours(1)));
    }

    [Fact]
    public async Task AnAnswer_IsOneAChild_TheLatestKept()
    {
        var poll = Poll(SixA, T0);
        var other = Poll(SixA, T0);
        var polls = await PollsWithAsync(poll, other);
        Assert.Empty(await polls.AnswersAsync(poll.Id, default));

        await polls.AnswerAsync(new PollAnswer(poll.Id, Lan, 0, "telegram:101", T0.AddMinutes(5)), default);
        var changed = new PollAnswer(poll.Id, Lan, 1, "zalo:u-202", T0.AddMinutes(9));
        await polls.AnswerAsync(changed, default);
        var minh = new PollAnswer(poll.Id, Minh, 0, "telegram:101", T0.AddMinutes(7));
        await polls.AnswerAsync(minh, default);
        await polls.AnswerAsync(new PollAnswer(other.Id, Lan, 0, "telegram:101", T0.AddMinutes(8)), default);

        Assert.Equal([changed, minh], (await polls.AnswersAsync(poll.Id, default)).OrderBy(a => a.Student.Value, StringComparer.Ordinal));
        Assert.Single(await polls.AnswersAsync(other.Id, default));
    }
}
