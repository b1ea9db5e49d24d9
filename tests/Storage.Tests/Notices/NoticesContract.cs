using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Notices;

/// <summary>The school's notices: what a family sees, what is still to be sent, what the staff sent, and who has read it.</summary>
public abstract class NoticesContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly ClassName SixA = ClassName.Parse("6A");
    private static readonly ClassName SixB = ClassName.Parse("6B");
    private static readonly StudentCode Lan = StudentCode.Parse("HS0012");
    private static readonly StudentCode Minh = StudentCode.Parse("HS0013");

    private static Notice Notice(ClassName? className, DateTimeOffset publishAt, string text = "Họp phụ huynh", DateTimeOffset? createdAt = null) =>
        new(Guid.NewGuid(), className, text, "GV003", createdAt ?? publishAt, publishAt, Urgent: false);

    private async Task<INoticeBoard> BoardWithAsync(params Notice[] notices)
    {
        var board = Port<INoticeBoard>();
        foreach (var n in notices) await board.SaveAsync(n, default);
        return board;
    }

    [Fact]
    public async Task Notice_IsSavedAndFound_AndSavedOver()
    {
        var notice = new Notice(Guid.NewGuid(), null, "Nghỉ Tết Dương lịch ngày 1/1", "ADMIN1", T0, T0.AddHours(2), Urgent: true);
        var board = await BoardWithAsync(notice);

        Assert.Equal(notice, await board.FindAsync(notice.Id, default));
        Assert.Null(await board.FindAsync(Guid.NewGuid(), default));

        var corrected = notice with { ClassName = SixA, Text = "Nghỉ Tết Dương lịch ngày 1/1/2027", Urgent = false };
        await board.SaveAsync(corrected, default);
        Assert.Equal(corrected, await board.FindAsync(notice.Id, default));
    }

    [Fact]
    public async Task PublishedFor_AClass_IsItsOwnAndTheSchools_PublishedByNow_NewestFirst()
    {
        var schoolOld = Notice(null, T0.AddDays(-3));
        var classNew = Notice(SixA, T0.AddHours(-1));
        var classOld = Notice(SixA, T0.AddDays(-2));
        var otherClass = Notice(SixB, T0.AddHours(-2));
        var notYet = Notice(SixA, T0.AddHours(1), createdAt: T0.AddDays(-5));
        var board = await BoardWithAsync(classOld, notYet, schoolOld, otherClass, classNew);

        Assert.Equal([classNew.Id, classOld.Id, schoolOld.Id], (await board.PublishedForAsync(SixA, T0, 10, default)).Select(n => n.Id));
        Assert.Equal([classNew.Id, classOld.Id], (await board.PublishedForAsync(SixA, T0, 2, default)).Select(n => n.Id));
        Assert.Equal([otherClass.Id, schoolOld.Id], (await board.PublishedForAsync(SixB, T0, 10, default)).Select(n => n.Id));
        Assert.Equal([notYet.Id, classNew.Id], (await board.PublishedForAsync(SixA, T0.AddHours(1), 2, default)).Select(n => n.Id));
    }

    [Fact]
    public async Task DueUndelivered_AreThosePublishedAndNotSent_OldestFirst_UntilMarkedDelivered()
    {
        var later = Notice(SixA, T0.AddMinutes(-5));
        var earlier = Notice(null, T0.AddHours(-1));
        var future = Notice(SixB, T0.AddMinutes(5));
        var board = await BoardWithAsync(later, future, earlier);

        Assert.Equal([earlier.Id, later.Id], (await board.DueUndeliveredAsync(T0, default)).Select(n => n.Id));

        await board.DeliverAsync(earlier.Id, T0, [], default);
        await board.DeliverAsync(Guid.NewGuid(), T0, [], default);
        Assert.Equal([later.Id], (await board.DueUndeliveredAsync(T0, default)).Select(n => n.Id));
        Assert.Equal([later.Id, future.Id], (await board.DueUndeliveredAsync(T0.AddMinutes(5), default)).Select(n => n.Id));
    }

    [Fact]
    public async Task Delivering_WritesTheFamiliesMessagesAndTheMarkTogether_AndASecondDeliveryAddsNothing()
    {
        var notice = Notice(SixA, T0.AddHours(-1));
        var board = await BoardWithAsync(notice);
        OutboxMessage To(string chat) =>
            new($"notice:{notice.Id:N}:HS0012:telegram:{chat}", new ChatAddress("telegram", chat), """{"text":"Họp phụ huynh"}""", T0, T0) { For = CodeHolder.Student(Lan) };

        await board.DeliverAsync(notice.Id, T0, [To("101"), To("102")], default);
        await board.DeliverAsync(notice.Id, T0.AddMinutes(1), [To("101"), To("102")], default);

        Assert.Empty(await board.DueUndeliveredAsync(T0.AddHours(1), default));
        var outbox = Port<IOutbox>();
        Assert.Equal(2, (await outbox.CountsAsync(default))[OutboxStatus.Pending]);
        Assert.Equal(CodeHolder.Student(Lan), (await outbox.FindAsync(To("102").Id, default))!.For);
    }

    [Fact]
    public async Task SavingADeliveredNoticeAgain_DoesNotSendItAgain()
    {
        var notice = Notice(SixA, T0.AddHours(-1));
        var board = await BoardWithAsync(notice);
        await board.DeliverAsync(notice.Id, T0, [], default);

        await board.SaveAsync(notice with { Text = "Họp phụ huynh lúc 8 giờ" }, default);

        Assert.Empty(await board.DueUndeliveredAsync(T0.AddHours(1), default));
        Assert.Equal("Họp phụ huynh lúc 8 giờ", (await board.FindAsync(notice.Id, default))!.Text);
    }

    [Fact]
    public async Task Latest_OfAClassAreItsOwn_OfTheSchoolAreAll_NewestCreatedFirst_PublishedOrNot()
    {
        var school = Notice(null, T0, createdAt: T0.AddHours(-3));
        var sixAOld = Notice(SixA, T0, createdAt: T0.AddHours(-5));
        var sixAScheduled = Notice(SixA, T0.AddDays(2), createdAt: T0.AddHours(-1));
        var sixB = Notice(SixB, T0, createdAt: T0.AddHours(-2));
        var board = await BoardWithAsync(sixAOld, school, sixB, sixAScheduled);

        Assert.Equal([sixAScheduled.Id, sixAOld.Id], (await board.LatestAsync(SixA, 10, default)).Select(n => n.Id));
        Assert.Equal([sixAScheduled.Id], (await board.LatestAsync(SixA, 1, default)).Select(n => n.Id));
        Assert.Equal([sixAScheduled.Id, sixB.Id, school.Id, sixAOld.Id], (await board.LatestAsync(null, 10, default)).Select(n => n.Id));
        Assert.Equal([sixAScheduled.Id, sixB.Id], (await board.LatestAsync(null, 2, default)).Select(n => n.Id));
        Assert.Empty(await board.LatestAsync(ClassName.Parse("7C"), 10, default));
    }

    [Fact]
    public async Task Acknowledgements_AreOneAChildAndChat_TheLatestKept()
    {
        var notice = Notice(SixA, T0);
        var other = Notice(null, T0);
        var board = await BoardWithAsync(notice, other);
        Assert.Empty(await board.AcknowledgementsOfAsync(notice.Id, default));

        await board.AcknowledgeAsync(new Acknowledgement(notice.Id, Lan, "telegram:101", T0.AddMinutes(5)), default);
        await board.AcknowledgeAsync(new Acknowledgement(notice.Id, Lan, "telegram:101", T0.AddMinutes(9)), default);
        await board.AcknowledgeAsync(new Acknowledgement(notice.Id, Lan, "zalo:u-202", T0.AddMinutes(7)), default);
        await board.AcknowledgeAsync(new Acknowledgement(notice.Id, Minh, "telegram:101", T0.AddMinutes(6)), default);
        await board.AcknowledgeAsync(new Acknowledgement(other.Id, Minh, "telegram:300", T0.AddMinutes(8)), default);

        var acknowledged = await board.AcknowledgementsOfAsync(notice.Id, default);
        Assert.Equal(3, acknowledged.Count);
        Assert.Contains(new Acknowledgement(notice.Id, Lan, "telegram:101", T0.AddMinutes(9)), acknowledged);
        Assert.Contains(new Acknowledgement(notice.Id, Lan, "zalo:u-202", T0.AddMinutes(7)), acknowledged);
        Assert.Contains(new Acknowledgement(notice.Id, Minh, "telegram:101", T0.AddMinutes(6)), acknowledged);
    }

    [Fact]
    public async Task AcknowledgedFor_AStudentAndManyStudents_AreTheNoticesTheirFamiliesRead()
    {
        var first = Notice(SixA, T0);
        var second = Notice(null, T0);
        var unread = Notice(SixA, T0);
        var board = await BoardWithAsync(first, second, unread);
        await board.AcknowledgeAsync(new Acknowledgement(first.Id, Lan, "telegram:101", T0), default);
        await board.AcknowledgeAsync(new Acknowledgement(first.Id, Lan, "zalo:u-202", T0), default);
        await board.AcknowledgeAsync(new Acknowledgement(second.Id, Lan, "telegram:101", T0), default);
        await board.AcknowledgeAsync(new Acknowledgement(second.Id, Minh, "telegram:300", T0), default);

        Assert.Equal(new HashSet<Guid> { first.Id, second.Id }, await board.AcknowledgedForAsync(Lan, default));
        Assert.Empty(await board.AcknowledgedForAsync(StudentCode.Parse("HS0099"), default));

        var many = await board.AcknowledgedForAsync([Lan, Minh, StudentCode.Parse("HS0099")], default);
        Assert.Equal(new HashSet<Guid> { first.Id, second.Id }, many[Lan].ToHashSet());
        Assert.Equal([second.Id], many[Minh]);
        Assert.Empty(many[StudentCode.Parse("HS0099")]);
        Assert.DoesNotContain(unread.Id, many.SelectMany(g => g));
    }
}
