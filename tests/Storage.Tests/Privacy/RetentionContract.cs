using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Settings;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Storage.Tests.Support;
using static SoLienLac.Storage.Tests.Records.Records;

namespace SoLienLac.Storage.Tests.Privacy;

/// <summary>A year after a student left, their family's links, messages and access log go; the school's records stay.</summary>
public abstract class RetentionContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly ChatAddress OnlyTheLeaver = new("telegram", "501");
    private static readonly ChatAddress BothChildren = new("zalo", "u-502");
    private static readonly DateOnly Cutoff = new(2025, 12, 7);

    [Fact]
    public async Task ALeaversFamilyData_IsForgotten_ButNotTheSchoolsRecords_NorAnotherChildsLink()
    {
        var leaver = Student("HS0001").Leave(StudentStatus.Transferred, new DateOnly(2025, 9, 1));
        var recent = Student("HS0002").Leave(StudentStatus.Dropped, new DateOnly(2026, 10, 1));
        var studying = Student("HS0003");
        await Port<ISchoolRecords>().SaveAsync(Changes(c => c.Students.AddRange([leaver, recent, studying])), default);
        var links = Port<IChatLinks>();
        await links.SaveAsync(new ParentLink(OnlyTheLeaver, leaver.Code, LinkProof.Phone, "0912345678", T0.AddYears(-2), T0.AddYears(-1)), default);
        await links.SaveAsync(new ParentLink(BothChildren, leaver.Code, LinkProof.ActivationCode, null, T0.AddYears(-2), null), default);
        await links.SaveAsync(new ParentLink(BothChildren, studying.Code, LinkProof.ActivationCode, null, T0.AddYears(-2), null), default);
        await links.SaveAsync(new ParentLink(BothChildren, recent.Code, LinkProof.ActivationCode, null, T0.AddYears(-2), null), default);
        var settings = Port<IParentSettings>();
        var quiet = ParentSettings.Default with { WeeklySummary = false };
        await settings.SaveAsync(OnlyTheLeaver, quiet, default);
        await settings.SaveAsync(BothChildren, quiet, default);
        await Port<IConsents>().RecordAsync(new Consent(OnlyTheLeaver, "Mẹ — HS0001", T0.AddYears(-2), "v1", ConsentDecision.Agreed), default);
        await Port<IConsents>().RecordAsync(new Consent(BothChildren, "Bố — HS0001", T0.AddYears(-2), "v1", ConsentDecision.Agreed), default);
        var hour = AccessEntry.HourOf(T0.AddYears(-2));
        await Port<IAccessLog>().RecordAsync([
            new AccessEntry(leaver.Code, "GV003", "Trần Thị Thu", AccessRole.Teacher, "telegram", "lop", hour),
            new AccessEntry(studying.Code, "GV003", "Trần Thị Thu", AccessRole.Teacher, "telegram", "lop", hour)], default);
        await Port<IOutbox>().EnqueueManyAsync([
            new OutboxMessage("weekly:x:HS0001", BothChildren, "{}", T0, T0) { For = CodeHolder.Student(leaver.Code) },
            new OutboxMessage("weekly:x:HS0003", BothChildren, "{}", T0, T0) { For = CodeHolder.Student(studying.Code) }], default);

        var outcome = await Port<IRetention>().ForgetLeaversAsync(Cutoff, default);

        Assert.Equal(new RetentionOutcome(Students: 1, Links: 2, AccessLines: 1, Messages: 1, Chats: 1), outcome);
        Assert.Empty(await links.HistoryOfAsync(leaver.Code, default));
        Assert.Equal(["HS0002", "HS0003"], (await links.ChildrenOfAsync(BothChildren, default)).Select(l => l.Student.Value).Order());
        Assert.Equal(ParentSettings.Default, await settings.OfAsync(OnlyTheLeaver, default));
        Assert.Equal(quiet, await settings.OfAsync(BothChildren, default));
        Assert.Empty(await Port<IConsents>().OfChatAsync(OnlyTheLeaver, default));
        Assert.Single(await Port<IConsents>().OfChatAsync(BothChildren, default));
        Assert.Empty(await Port<IAccessLog>().OfStudentAsync(leaver.Code, T0.AddYears(-3), default));
        Assert.Single(await Port<IAccessLog>().OfStudentAsync(studying.Code, T0.AddYears(-3), default));
        Assert.Null(await Port<IOutbox>().FindAsync("weekly:x:HS0001", default));
        Assert.NotNull(await Port<IOutbox>().FindAsync("weekly:x:HS0003", default));
        Assert.Equal(leaver, await Port<IStudentDirectory>().FindAsync(leaver.Code, default));
        Assert.True((await Port<IRetention>().ForgetLeaversAsync(Cutoff, default)).IsEmpty);
    }

    [Fact]
    public async Task ALeaversThreads_Mutes_AndPollAnswers_AreForgotten_AnotherChildsStay()
    {
        var leaver = Student("HS0001").Leave(StudentStatus.Transferred, new DateOnly(2025, 9, 1));
        var studying = Student("HS0003");
        await Port<ISchoolRecords>().SaveAsync(Changes(c => c.Students.AddRange([leaver, studying])), default);
        var talk = Port<ITalkThreads>();
        TalkMessage Asked(StudentCode student, int minutes) =>
            new(Guid.NewGuid(), student, "GV003", true, BothChildren.Key, "Thưa cô", T0.AddYears(-2).AddMinutes(minutes), T0.AddYears(-2).AddMinutes(minutes));
        await talk.SendAsync(Asked(leaver.Code, 0), [], default);
        await talk.SendAsync(Asked(leaver.Code, 1), [], default);
        var kept = Asked(studying.Code, 2);
        await talk.SendAsync(kept, [], default);
        await talk.MuteAsync(new TalkMute(leaver.Code, "GV003", T0.AddYears(-1), T0.AddYears(-2)), default);
        await talk.MuteAsync(new TalkMute(studying.Code, "GV003", T0.AddYears(-1), T0.AddYears(-2)), default);
        var polls = Port<IPolls>();
        var poll = new Poll(Guid.NewGuid(), null, "Tham quan?", ["Có", "Không"], "GV003", T0.AddYears(-2), null);
        await polls.CreateAsync(poll, [], default);
        await polls.AnswerAsync(new PollAnswer(poll.Id, leaver.Code, 0, BothChildren.Key, T0.AddYears(-2)), default);
        await polls.AnswerAsync(new PollAnswer(poll.Id, studying.Code, 1, BothChildren.Key, T0.AddYears(-2)), default);

        var outcome = await Port<IRetention>().ForgetLeaversAsync(Cutoff, default);

        Assert.Equal(new RetentionOutcome(Students: 1, Links: 0, AccessLines: 0, Messages: 2, Chats: 0), outcome);
        Assert.Empty(await talk.ThreadAsync(leaver.Code, "GV003", 10, default));
        Assert.Equal([kept], await talk.LatestAsync("GV003", 10, default));
        Assert.Null(await talk.MuteOfAsync(leaver.Code, "GV003", default));
        Assert.NotNull(await talk.MuteOfAsync(studying.Code, "GV003", default));
        Assert.Equal([studying.Code], (await polls.AnswersAsync(poll.Id, default)).Select(a => a.Student));
        Assert.NotNull(await polls.FindAsync(poll.Id, default));
    }
}
