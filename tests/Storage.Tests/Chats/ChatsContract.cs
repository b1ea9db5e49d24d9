using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Chats;

/// <summary>What a chat keeps between messages: its state, a teacher's file waiting for «Xác nhận», standing choices.</summary>
public abstract class ChatsContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly ChatAddress Teacher = new("telegram", "501");
    private static readonly ChatAddress Parent = new("zalo", "u-77");

    private static ChatAddress Chat(int n) => new("telegram", n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task ChatState_IsSavedAndLoaded_AndSavedOver()
    {
        var chats = Port<IChatStore>();
        Assert.Null(await chats.LoadAsync(Parent, default));

        await chats.SaveAsync(new StoredChat(Parent, """{"step":"code"}""", "HS0001", "1=/diem;2=/tuan", "vi"), T0, default);
        Assert.Equal(new StoredChat(Parent, """{"step":"code"}""", "HS0001", "1=/diem;2=/tuan", "vi"), await chats.LoadAsync(Parent, default));

        await chats.SaveAsync(new StoredChat(Parent, null, "HS0002", null, "en"), T0.AddMinutes(1), default);
        Assert.Equal(new StoredChat(Parent, null, "HS0002", null, "en"), await chats.LoadAsync(Parent, default));
    }

    [Fact]
    public async Task ForgetFlows_EndsOldFlows_KeepsTheChildAndLanguage_AndDeletesChatsLeftEmpty()
    {
        var chats = Port<IChatStore>();
        var old = T0.AddHours(-30);
        await chats.SaveAsync(new StoredChat(Chat(1), "flow", null, "offer", null), old, default);   // nothing else: deleted
        await chats.SaveAsync(new StoredChat(Chat(2), "flow", "HS0002", "offer", null), old, default); // keeps the child
        await chats.SaveAsync(new StoredChat(Chat(3), "flow", null, null, "en"), old, default);        // keeps the language
        await chats.SaveAsync(new StoredChat(Chat(4), null, "HS0004", null, null), old, default);       // no flow: as it was
        await chats.SaveAsync(new StoredChat(Chat(5), null, null, "offer", null), old, default);        // no flow, nothing kept: deleted
        await chats.SaveAsync(new StoredChat(Chat(6), "flow", null, null, null), T0, default);          // recent

        Assert.Equal(3, await chats.ForgetFlowsUntouchedSinceAsync(T0.AddHours(-24), default));

        Assert.Null(await chats.LoadAsync(Chat(1), default));
        Assert.Equal(new StoredChat(Chat(2), null, "HS0002", "offer", null), await chats.LoadAsync(Chat(2), default));
        Assert.Equal(new StoredChat(Chat(3), null, null, null, "en"), await chats.LoadAsync(Chat(3), default));
        Assert.Equal(new StoredChat(Chat(4), null, "HS0004", null, null), await chats.LoadAsync(Chat(4), default));
        Assert.Null(await chats.LoadAsync(Chat(5), default));
        Assert.Equal("flow", (await chats.LoadAsync(Chat(6), default))!.Flow);
        Assert.Equal(0, await chats.ForgetFlowsUntouchedSinceAsync(T0.AddHours(-24), default));
    }

    [Fact]
    public async Task Languages_OfManyChats_LeaveOutChatsWithNone()
    {
        var chats = Port<IChatStore>();
        await chats.SaveAsync(new StoredChat(Chat(1), null, "HS0001", null, "en"), T0, default);
        await chats.SaveAsync(new StoredChat(Chat(2), null, "HS0002", null, null), T0, default);
        await chats.SaveAsync(new StoredChat(Chat(3), null, null, null, "vi"), T0, default);

        var languages = await chats.LanguagesAsync([Chat(1), Chat(2), Chat(3), Chat(4), Chat(1)], default);

        Assert.Equal(new Dictionary<string, string> { ["telegram:1"] = "en", ["telegram:3"] = "vi" }, languages);
        Assert.Empty(await chats.LanguagesAsync([], default));
    }

    [Fact]
    public async Task PendingFile_IsKeptUntilForgotten_AndOldOnesGoAtNight()
    {
        var files = Port<IPendingFiles>();
        byte[] xlsx = [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0x00];
        await files.KeepAsync(Teacher, new PendingFile("điểm 6A.xlsx", xlsx), T0, default);

        var taken = await files.TakeAsync(Teacher, default);
        Assert.Equal("điểm 6A.xlsx", taken!.FileName);
        Assert.Equal(xlsx, taken.Content);
        Assert.NotNull(await files.TakeAsync(Teacher, default));

        await files.KeepAsync(Teacher, new PendingFile("6B.csv", [1, 2]), T0.AddMinutes(1), default);
        Assert.Equal("6B.csv", (await files.TakeAsync(Teacher, default))!.FileName);
        await files.ForgetAsync(Teacher, default);
        Assert.Null(await files.TakeAsync(Teacher, default));

        await files.KeepAsync(Chat(1), new PendingFile("old.csv", [1]), T0.AddDays(-2), default);
        await files.KeepAsync(Chat(2), new PendingFile("new.csv", [2]), T0, default);
        Assert.Equal(1, await files.ForgetKeptBeforeAsync(T0.AddDays(-1), default));
        Assert.Null(await files.TakeAsync(Chat(1), default));
        Assert.NotNull(await files.TakeAsync(Chat(2), default));
    }

    [Fact]
    public async Task StandingChoices_TakeLettersNotInUse_AndFreeThemWhenExpired()
    {
        var choices = Port<IStandingChoices>();

        Assert.Equal(["A", "B"], await choices.OfferAsync(Teacher, [("Duyệt", "/duyet 7"), ("Từ chối", "/tuchoi 7")], T0, default));
        Assert.Equal(["C"], await choices.OfferAsync(Teacher, [("Đã xem", "/daxem 3")], T0.AddHours(1), default));
        Assert.Equal(["A"], await choices.OfferAsync(Parent, [("Đã xem", "/daxem 3")], T0, default));

        Assert.Equal(new StandingChoice("B", "Từ chối", "/tuchoi 7", T0 + IStandingChoices.Lifetime), await choices.FindAsync(Teacher, "b", default));
        Assert.Null(await choices.FindAsync(Teacher, "D", default));

        // A and B have expired, C has not: the next message takes A and B again.
        var later = T0 + IStandingChoices.Lifetime + TimeSpan.FromMinutes(1);
        Assert.Equal(["A", "B", "D"], await choices.OfferAsync(Teacher, [("1", "/a"), ("2", "/b"), ("3", "/c")], later, default));
        Assert.Equal("/a", (await choices.FindAsync(Teacher, "A", default))!.Command);
    }

    [Fact]
    public async Task StandingChoices_PastZ_GoOnWithTwoLetters()
    {
        var choices = Port<IStandingChoices>();
        var many = Enumerable.Range(0, 28).Select(i => ($"lựa chọn {i}", $"/c {i}")).ToList();

        var keys = await choices.OfferAsync(Teacher, many, T0, default);

        Assert.Equal(Enumerable.Range(0, 28).Select(StandingChoice.KeyAt), keys);
        Assert.Equal(["AA", "AB"], keys.TakeLast(2));
        Assert.Equal("/c 27", (await choices.FindAsync(Teacher, "ab", default))!.Command);
    }

    [Fact]
    public async Task StandingChoices_ExpiredOnesAreForgotten()
    {
        var choices = Port<IStandingChoices>();
        await choices.OfferAsync(Teacher, [("x", "/x"), ("y", "/y")], T0, default);
        await choices.OfferAsync(Parent, [("z", "/z")], T0.AddDays(3), default);

        Assert.Equal(2, await choices.ForgetExpiredAsync(T0 + IStandingChoices.Lifetime + TimeSpan.FromSeconds(1), default));

        Assert.Null(await choices.FindAsync(Teacher, "A", default));
        Assert.NotNull(await choices.FindAsync(Parent, "A", default));
    }

    [Fact]
    public async Task StandingChoices_OfferedAtOnceFromTwoProcesses_NeverShareLetters()
    {
        var stores = new[] { Port<IStandingChoices>(), PortOfSecondProcess<IStandingChoices>() };

        var offered = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => stores[i % 2].OfferAsync(Teacher, [($"{i}a", $"/a {i}"), ($"{i}b", $"/b {i}")], T0, default))));

        var letters = offered.SelectMany(k => k).ToList();
        Assert.Equal(24, letters.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 24).Select(StandingChoice.KeyAt).Order(), letters.Order());
    }
}
