using Microsoft.Extensions.DependencyInjection;
using System.Net;
using SoLienLac.Bot.Channels.Zalo;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Tests.Fakes.Zalo;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Zalo;

/// <summary>The same contact book on Zalo, through the wire: activation codes, numbered options, summaries.</summary>
public class ZaloConversationTests : IAsyncLifetime, IDisposable
{
    private const string Chat = "zalo-chat-1";
    private const string User = "zalo-user-1";
    private readonly TempDirectory _dir = new();
    private readonly ManualClock _clock = new();
    private FakeZaloApi _api = null!;
    private ZaloBotUnderTest _bot = null!;
    private string _code = "";
    private StoreUnderTest _store = null!;

    /// <summary>The engine the bot runs on: LiteDB, or PostgreSQL in the same suite run again.</summary>
    protected virtual StorageProvider Provider => StorageProvider.LiteDb;

    public async Task InitializeAsync()
    {
        _store = await StoreUnderTest.CopyDemoAsync(Provider, _dir);
        await using (var ports = _store.OpenPorts())
        {
            var (code, record) = ActivationCode.Issue(StudentCode.Parse("HS0001"), new DateOnly(2027, 7, 31));
            await ports.GetRequiredService<IActivationCodes>().SaveAsync(record, default);
            _code = code;
        }
        _api = await FakeZaloApi.StartAsync();
        _bot = await ZaloBotUnderTest.StartAsync(_api, _store.DatabasePath, _clock, _store.Settings());
        await _api.WaitUntilPolling();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
    }

    public void Dispose()
    {
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> Say(string text)
    {
        _api.SendText(Chat, User, text);
        return (await _api.WaitForMessage(Chat)).Text ?? "";
    }

    private async Task Verify()
    {
        await Say("/start");
        await Say("HS0001");
        Assert.StartsWith("Xác minh thành công", await Say(_code));
        await Agree();
    }

    /// <summary>The consent that follows the proof, answered "1" (✅ Đồng ý): Zalo shows no buttons.</summary>
    private async Task Agree()
    {
        var consent = (await _api.WaitForMessage(Chat)).Text ?? "";
        Assert.Contains("Đồng ý cho nhà trường xử lý dữ liệu cá nhân", consent);
        Assert.Contains("1. ✅ Đồng ý", consent);
        Assert.StartsWith("✅ Cảm ơn phụ huynh", await Say("1"));
    }

    [Fact]
    public async Task AParent_LinksWithTheActivationCode_AndAsksForScores()
    {
        var start = await Say("/start");
        Assert.Contains("Trên Zalo, phụ huynh và giáo viên xác minh bằng mã kích hoạt", start);
        Assert.Contains("Mã: HS0001", await Say("HS0001"));

        Assert.Contains("mã HS0001", await Say(_code.ToLowerInvariant()));
        await Agree();
        var scores = await Say("diem toan");

        Assert.StartsWith("📘 Toán, năm học 2026-2027", scores);
    }

    [Fact]
    public async Task Choices_AreNumberedOptions_AnsweredByNumber()
    {
        await Verify();

        var options = await Say("/roi");
        Assert.Contains("Trả lời bằng số:\n1. Hủy liên kết", options);

        Assert.StartsWith("Đã hủy liên kết (HS0001)", await Say("1"));
    }

    [Fact]
    public async Task NumberedOptions_MeanTheSameAfterARestart()
    {
        await Verify();
        Assert.Contains("1. Hủy liên kết", await Say("/roi"));

        await _bot.DisposeAsync();
        _bot = await ZaloBotUnderTest.StartAsync(_api, _store.DatabasePath, _clock, _store.Settings());

        Assert.StartsWith("Đã hủy liên kết (HS0001)", await Say("1"));
    }

    [Fact]
    public async Task Stickers_AndOtherMessages_GetAnAnswer()
    {
        _api.SendSticker(Chat, User, "sticker-1");

        Assert.Contains("Bot chưa hiểu ý bạn", (await _api.WaitForMessage(Chat)).Text);
    }

    [Fact]
    public async Task TheWeeklySummary_ReachesZaloUsers()
    {
        await Verify();

        var queued = await _bot.Service<WeeklySummaries>().ComposeAsync(SchoolWeek.Of(new DateOnly(2026, 11, 23)), CancellationToken.None);
        var summary = await _api.WaitForMessage(Chat, m => m.Text!.StartsWith("📬", StringComparison.Ordinal));

        Assert.True(queued >= 1);
        Assert.Contains("Tóm tắt tuần", summary.Text);
        Assert.All(_api.SentTo(Chat), m => Assert.True(m.Text!.Length <= ZaloChannel.MaxMessageLength));
    }

    [Fact]
    public async Task AGroupChat_IsToldToWritePrivately()
    {
        _api.SendText("zalo-group", User, "/diem", chatType: "GROUP");

        Assert.StartsWith("Vì lý do bảo mật", (await _api.WaitForMessage("zalo-group")).Text);
    }

    /// <summary>Only a chat Zalo calls PRIVATE is private: a type missing or unknown (a new kind of group) gets no records.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("COMMUNITY")]
    public async Task AChatNotMarkedPrivate_IsToldToWritePrivately_AndSeesNoScores(string? chatType)
    {
        await Verify();

        _api.SendText(Chat, User, "/diem", chatType);
        var reply = (await _api.WaitForMessage(Chat)).Text;

        Assert.StartsWith("Vì lý do bảo mật", reply);
        Assert.DoesNotContain("Toán", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChatMarkedPrivate_InAnyCase_IsPrivate()
    {
        await Verify();

        _api.SendText(Chat, User, "diem toan", "private");

        Assert.StartsWith("📘 Toán, năm học 2026-2027", (await _api.WaitForMessage(Chat)).Text);
    }

    [Fact]
    public async Task DeliveryOnZalo_RetriesThrottling_AndABlockedChatEndsItsLinks()
    {
        await Verify();
        var notifier = _bot.Service<Conversations.Messages.INotifier>();
        _api.RespondTooManyRequests("sendMessage", 2);
        await notifier.NotifyAsync("test:throttled", new ChatAddress("zalo", "zalo-other"), new Conversations.Messages.Reply("Tin thử"), null, CancellationToken.None);
        // Each retry waits for the sender's next poll (real seconds): up to 30 of them on a slow machine.
        for (var i = 0; i < 300 && _api.SentTo("zalo-other").Count == 0; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(100);
        }
        Assert.Single(_api.SentTo("zalo-other"));

        _api.ForbidChat(Chat);
        await notifier.NotifyAsync("test:blocked", new ChatAddress("zalo", Chat), new Conversations.Messages.Reply("Tin thử"), null, CancellationToken.None);
        var outbox = _bot.Service<Domain.Delivery.IOutbox>();
        for (var i = 0; i < 50 && outbox.Find("test:blocked")!.Status == Domain.Delivery.OutboxStatus.Pending; i++) await Task.Delay(100);

        Assert.Equal(Domain.Delivery.OutboxStatus.Blocked, outbox.Find("test:blocked")!.Status);
        Assert.Empty(_bot.Service<IChatLinks>().ChildrenOf(new ChatAddress("zalo", Chat)));
    }
}
