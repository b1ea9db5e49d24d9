using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Links;

/// <summary>Who each chat is: parents' links to children, teachers' chats, active and ended.</summary>
public abstract class LinksContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly ChatAddress Mother = new("telegram", "42");
    private static readonly ChatAddress Father = new("zalo", "u-77");
    private static readonly ChatAddress Teacher = new("telegram", "501");
    private static readonly StudentCode Lan = StudentCode.Parse("HS0001");
    private static readonly StudentCode Minh = StudentCode.Parse("HS0002");
    private static readonly Actor School = new("GV01", "cli", "links revoke");

    private static ParentLink Link(ChatAddress chat, StudentCode student, DateTimeOffset at, LinkProof proof = LinkProof.Phone) =>
        new(chat, student, proof, proof == LinkProof.Phone ? "0912345678" : null, at, null);

    [Fact]
    public async Task AParentsChat_SeesItsActiveChildren_InTheOrderTheyWereLinked()
    {
        var links = Port<IChatLinks>();
        await links.SaveAsync(Link(Mother, Minh, T0.AddMinutes(5)), default);
        await links.SaveAsync(Link(Mother, Lan, T0, LinkProof.ActivationCode), default);
        await links.SaveAsync(Link(Father, Lan, T0.AddMinutes(1)), default);

        Assert.Equal([Link(Mother, Lan, T0, LinkProof.ActivationCode), Link(Mother, Minh, T0.AddMinutes(5))], await links.ChildrenOfAsync(Mother, default));
        Assert.Empty(await links.ChildrenOfAsync(Teacher, default));
        Assert.Equal([Mother, Father], (await links.ParentsOfAsync(Lan, default)).Select(l => l.Chat).OrderBy(c => c.Key, StringComparer.Ordinal));
        var ofClass = await links.ParentsOfAsync([Lan, Minh, StudentCode.Parse("HS0003")], default);
        Assert.Equal(2, ofClass[Lan].Count());
        Assert.Equal([Link(Mother, Minh, T0.AddMinutes(5))], ofClass[Minh]);
        Assert.Empty(ofClass[StudentCode.Parse("HS0003")]);
        // Many chats in one read (the sender's check), by chat: the same links as one chat at a time.
        var ofChats = await links.ChildrenOfAsync([Mother, Father, Teacher, Mother], default);
        Assert.Equal(await links.ChildrenOfAsync(Mother, default), ofChats[Mother.Key]);
        Assert.Equal([Link(Father, Lan, T0.AddMinutes(1))], ofChats[Father.Key]);
        Assert.Empty(ofChats[Teacher.Key]);
    }

    [Fact]
    public async Task AnEndedLink_IsNoLongerActive_ButStaysInTheHistory_AndALinkSavedAgainReplacesIt()
    {
        var links = Port<IChatLinks>();
        await links.SaveAsync(Link(Mother, Lan, T0), default);
        await links.SaveAsync(Link(Father, Lan, T0.AddMinutes(1)), default);
        var changes = new ChangeSet();
        LinkEndings.End(changes, await links.ChildrenOfAsync(Mother, default), School, T0.AddHours(1));
        await Port<ISchoolRecords>().SaveAsync(changes, default);

        Assert.Empty(await links.ChildrenOfAsync(Mother, default));
        Assert.Empty((await links.ChildrenOfAsync([Mother], default))[Mother.Key]);
        Assert.Equal([Father], (await links.ParentsOfAsync(Lan, default)).Select(l => l.Chat));
        Assert.Equal([Link(Mother, Lan, T0) with { EndedAt = T0.AddHours(1) }, Link(Father, Lan, T0.AddMinutes(1))], await links.HistoryOfAsync(Lan, default));
        var audit = Assert.Single(await Port<IAuditLog>().AboutAsync("HS0001", default));
        Assert.Equal((LinkEndings.ParentWhat, "telegram:42", (string?)null), (audit.What, audit.OldValue, audit.NewValue));

        await links.SaveAsync(Link(Mother, Lan, T0.AddDays(1), LinkProof.ActivationCode), default);
        Assert.Equal([Link(Mother, Lan, T0.AddDays(1), LinkProof.ActivationCode)], await links.ChildrenOfAsync(Mother, default));
        Assert.Equal(2, (await links.HistoryOfAsync(Lan, default)).Count);
    }

    [Fact]
    public async Task ATeachersChats_AreActiveUntilEnded_AndKeptInTheirHistory()
    {
        var links = Port<IChatLinks>();
        var phone = new StaffLink(Teacher, "GV02", T0);
        var zalo = new StaffLink(new ChatAddress("zalo", "t-9"), "GV02", T0.AddMinutes(2), LinkProof.ActivationCode);
        await links.SaveAsync(zalo, default);
        await links.SaveAsync(phone, default);
        await links.SaveAsync(new StaffLink(new ChatAddress("telegram", "777"), "GV03", T0), default);

        Assert.Equal(phone, await links.StaffOfAsync(Teacher, default));
        Assert.Null(await links.StaffOfAsync(Mother, default));
        Assert.Equal([phone, zalo], await links.ChatsOfTeacherAsync("GV02", default));

        var changes = new ChangeSet();
        LinkEndings.End(changes, [phone], School, T0.AddHours(2));
        await Port<ISchoolRecords>().SaveAsync(changes, default);

        Assert.Null(await links.StaffOfAsync(Teacher, default));
        Assert.Equal([zalo], await links.ChatsOfTeacherAsync("GV02", default));
        Assert.Equal([phone.End(T0.AddHours(2)), zalo], await links.StaffHistoryOfAsync("GV02", default));
        Assert.Equal(LinkEndings.StaffWhat("GV02"), Assert.Single(await Port<IAuditLog>().LatestAsync(5, default)).What);
        Assert.Empty(await links.StaffHistoryOfAsync("GV99", default));
    }
}
