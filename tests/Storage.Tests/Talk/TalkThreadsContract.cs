using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Talk;

/// <summary>The threads between families and teachers: what each side reads, what the bot sends, the teachers' mutes and hours.</summary>
public abstract class TalkThreadsContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly StudentCode Lan = StudentCode.Parse("HS0012");
    private static readonly StudentCode Minh = StudentCode.Parse("HS0013");
    private static readonly ChatAddress Mother = new("telegram", "101");
    private static readonly ChatAddress Teacher = new("telegram", "900");

    private static TalkMessage Asked(StudentCode student, string teacher, DateTimeOffset at, string text = "Thưa cô, con em hôm nay bị sốt") =>
        new(Guid.NewGuid(), student, teacher, FromParent: true, Mother.Key, text, at, at);

    private static TalkMessage Answered(StudentCode student, string teacher, DateTimeOffset at, string text = "Cô đã nhận, cảm ơn chị") =>
        new(Guid.NewGuid(), student, teacher, FromParent: false, Mother.Key, text, at, at);

    private static OutboxMessage Carrying(TalkMessage message, ChatAddress to, string body = """{"text":"Tin nhắn mới"}""") =>
        new($"talk:{message.Id:N}:{to.Key}", to, body, message.At, message.DeliverAt);

    private async Task<ITalkThreads> ThreadsWithAsync(params TalkMessage[] messages)
    {
        var threads = Port<ITalkThreads>();
        foreach (var m in messages) await threads.SendAsync(m, [], default);
        return threads;
    }

    [Fact]
    public async Task AChatsMessages_AreWhatItWroteAndWasAnswered_NewestFirst_NoOtherFamilys()
    {
        var asked = Asked(Lan, "GV003", T0);
        var answered = Answered(Lan, "GV003", T0.AddMinutes(5));
        var other = Asked(Minh, "GV003", T0.AddMinutes(6)) with { Chat = "telegram:202" };
        var threads = await ThreadsWithAsync(asked, answered, other);

        var mine = await threads.OfChatAsync(Mother.Key, 10, default);

        Assert.Equal([answered.Id, asked.Id], mine.Select(m => m.Id));
        Assert.Single(await threads.OfChatAsync(Mother.Key, 1, default));
    }

    [Fact]
    public async Task ASentMessage_IsKeptWithTheMessageCarryingIt_AndSendingItAgainAddsNothing()
    {
        var threads = Port<ITalkThreads>();
        var asked = Asked(Lan, "GV003", T0) with { DeliverAt = T0.AddHours(1) };

        await threads.SendAsync(asked, [Carrying(asked, Teacher)], default);
        await threads.SendAsync(asked with { Text = "again" }, [Carrying(asked, Teacher, "again")], default);

        Assert.Equal(asked, await threads.FindAsync(asked.Id, default));
        Assert.Null(await threads.FindAsync(Guid.NewGuid(), default));
        var outbox = Port<IOutbox>();
        Assert.Equal(1, (await outbox.CountsAsync(default))[OutboxStatus.Pending]);
        var carried = await outbox.FindAsync(Carrying(asked, Teacher).Id, default);
        Assert.Equal((Teacher, T0.AddHours(1)), (carried!.Chat, carried.NotBefore));
        Assert.NotEqual("again", carried.Body);
    }

    [Fact]
    public async Task AThread_IsItsNewestMessages_OldestFirst_AndOnlyItsOwn()
    {
        var first = Asked(Lan, "GV003", T0);
        var reply = Answered(Lan, "GV003", T0.AddMinutes(5));
        var second = Asked(Lan, "GV003", T0.AddMinutes(9));
        var threads = await ThreadsWithAsync(second, Asked(Minh, "GV003", T0.AddMinutes(1)), first, Asked(Lan, "GV004", T0.AddMinutes(2)), reply);

        Assert.Equal([first, reply, second], await threads.ThreadAsync(Lan, "GV003", 10, default));
        Assert.Equal([reply, second], await threads.ThreadAsync(Lan, "GV003", 2, default));
        Assert.Empty(await threads.ThreadAsync(Minh, "GV004", 10, default));
    }

    [Fact]
    public async Task Latest_IsTheNewestMessageOfEachThread_NewestFirst_OfATeacherOrOfTheSchool()
    {
        var lanOld = Asked(Lan, "GV003", T0);
        var lanNew = Answered(Lan, "GV003", T0.AddMinutes(30));
        var minh = Asked(Minh, "GV003", T0.AddMinutes(10));
        var otherTeacher = Asked(Lan, "GV004", T0.AddMinutes(20));
        var threads = await ThreadsWithAsync(lanOld, minh, otherTeacher, lanNew);

        Assert.Equal([lanNew, minh], await threads.LatestAsync("GV003", 10, default));
        Assert.Equal([lanNew], await threads.LatestAsync("GV003", 1, default));
        Assert.Equal([lanNew, otherTeacher, minh], await threads.LatestAsync(null, 10, default));
        Assert.Equal([lanNew, otherTeacher], await threads.LatestAsync(null, 2, default));
        Assert.Empty(await threads.LatestAsync("GV009", 10, default));
        // A family's threads, as an admin reads them: the newest of each of the child's teachers.
        Assert.Equal([lanNew, otherTeacher], await threads.LatestOfStudentAsync(Lan, 10, default));
        Assert.Equal([lanNew], await threads.LatestOfStudentAsync(Lan, 1, default));
        Assert.Equal([minh], await threads.LatestOfStudentAsync(Minh, 10, default));
        Assert.Empty(await threads.LatestOfStudentAsync(StudentCode.Parse("HS0999"), 10, default));
    }

    [Fact]
    public async Task Latest_OfThreadsWrittenInOneInstant_ComeInOneOrder()
    {
        var low = Asked(Lan, "GV003", T0) with { Id = Guid.Parse("0000aaaa-0000-4000-8000-000000000001") };
        var high = Asked(Minh, "GV003", T0) with { Id = Guid.Parse("ffff0000-0000-4000-8000-000000000002") };
        var threads = await ThreadsWithAsync(low, high, Asked(Lan, "GV004", T0.AddMinutes(-1)));

        Assert.Equal([high, low], await threads.LatestAsync(null, 2, default));
        Assert.Equal([high], await threads.LatestAsync(null, 1, default));
        Assert.Equal([high], await threads.LatestAsync("GV003", 1, default));
    }

    [Fact]
    public async Task LastReceived_IsTheNewestAParentWrote_NotTheTeachersReply()
    {
        var threads = Port<ITalkThreads>();
        Assert.Null(await threads.LastReceivedAsync("GV003", default));
        var asked = Asked(Minh, "GV003", T0.AddMinutes(3));
        await ThreadsWithAsync(Asked(Lan, "GV003", T0), asked, Answered(Minh, "GV003", T0.AddMinutes(8)), Asked(Lan, "GV004", T0.AddMinutes(9)));

        Assert.Equal(asked, await threads.LastReceivedAsync("GV003", default));
    }

    [Fact]
    public async Task Reporting_MarksTheMessage_AndQueuesTheAdminsMessages_Once()
    {
        var asked = Asked(Lan, "GV003", T0);
        var threads = await ThreadsWithAsync(asked);
        OutboxMessage ToAdmin(string chat) => new($"talk-report:{asked.Id:N}:{chat}", ChatAddress.Parse(chat), "{}", T0.AddHours(1), T0.AddHours(1));

        await threads.ReportAsync(asked.Id, T0.AddHours(1), [ToAdmin("telegram:1"), ToAdmin("zalo:u-2")], default);
        await threads.ReportAsync(asked.Id, T0.AddHours(2), [ToAdmin("telegram:1"), ToAdmin("zalo:u-2")], default);

        Assert.Equal(asked with { ReportedAt = T0.AddHours(1) }, await threads.FindAsync(asked.Id, default));
        var outbox = Port<IOutbox>();
        Assert.Equal(2, (await outbox.CountsAsync(default))[OutboxStatus.Pending]);
        Assert.NotNull(await outbox.FindAsync(ToAdmin("zalo:u-2").Id, default));
    }

    [Fact]
    public async Task AMute_IsOneAThread_TheLatestSavedOver()
    {
        var threads = Port<ITalkThreads>();
        Assert.Null(await threads.MuteOfAsync(Lan, "GV003", default));

        await threads.MuteAsync(new TalkMute(Lan, "GV003", T0.AddDays(7), T0), default);
        var shorter = new TalkMute(Lan, "GV003", T0.AddDays(1), T0.AddHours(2));
        await threads.MuteAsync(shorter, default);
        await threads.MuteAsync(new TalkMute(Minh, "GV004", T0.AddDays(3), T0), default);

        Assert.Equal(shorter, await threads.MuteOfAsync(Lan, "GV003", default));
        Assert.Null(await threads.MuteOfAsync(Lan, "GV004", default));
        Assert.Null(await threads.MuteOfAsync(Minh, "GV003", default));
    }

    [Fact]
    public async Task OfficeHours_AreAsSaved_ToTheMinute_AndNullWhenNeverSet()
    {
        var threads = Port<ITalkThreads>();
        Assert.Null(await threads.OfficeHoursOfAsync("GV003", default));

        await threads.SaveOfficeHoursAsync("GV003", new OfficeHours(new TimeOnly(7, 0), new TimeOnly(17, 0)), default);
        await threads.SaveOfficeHoursAsync("GV003", new OfficeHours(new TimeOnly(7, 30, 15), new TimeOnly(16, 45)), default);

        Assert.Equal(new OfficeHours(new TimeOnly(7, 30), new TimeOnly(16, 45)), await threads.OfficeHoursOfAsync("GV003", default));
        Assert.Null(await threads.OfficeHoursOfAsync("GV004", default));
    }
}
