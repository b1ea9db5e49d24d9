using System.Diagnostics;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// Law 91/2025: a parent whose proof was accepted sees the consent text before anything of their
/// child, through the real Telegram client; nothing is shown or sent before "Đồng ý", "Không đồng ý"
/// unlinks, a changed text is asked again, and every answer is kept with its text's version.
/// </summary>
public class ConsentTests : TelegramTestBase
{
    private const long Parent = 7001;
    private static readonly ChatAddress ParentChat = new("telegram", "7001");
    private readonly Dictionary<string, string?> _settings = [];

    protected override IDictionary<string, string?>? Settings => _settings;

    /// <summary>/start, the code and the phone: linked, and the consent shown after the "verified" reply.</summary>
    private async Task<SentMessage> LinkedAndAsked()
    {
        await Say(Parent, "/start");
        await Say(Parent, DemoSchool.FirstStudentCode);
        Assert.StartsWith("Xác minh thành công", (await ShareOwnPhone(Parent, DemoSchool.FirstParentPhone)).Text);
        return await Api.WaitForMessage(Parent);
    }

    private static IEnumerable<string> Labels(SentMessage message) =>
        message.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => (string)b!["text"]!);

    [Fact]
    public async Task TheConsent_SaysWhatWhyWhoWhereHowLongAndTheRights_AndNothingIsShownBeforeAgreeing()
    {
        var consent = await LinkedAndAsked();

        Assert.StartsWith("🔒 Đồng ý cho nhà trường xử lý dữ liệu cá nhân", consent.Text);
        Assert.Contains("Trường THCS Nguyễn Du dùng SoLienLac để gửi sổ liên lạc của con qua Telegram", consent.Text);
        Assert.Contains("điểm, chuyên cần, rèn luyện, nhận xét", consent.Text);
        Assert.Contains("máy chủ của Telegram (Telegram FZ-LLC, máy chủ đặt ngoài Việt Nam)", consent.Text);
        Assert.Contains("một năm sau khi con ra trường", consent.Text);
        Assert.Contains("rút lại đồng ý bất cứ lúc nào", consent.Text);
        Assert.Equal(["✅ Đồng ý", "Không đồng ý"], Labels(consent));

        var beforeAgreeing = await Say(Parent, "/diem");
        var typedFreely = await Say(Parent, "xem diem toan");

        Assert.StartsWith("🔒 Đồng ý cho nhà trường", beforeAgreeing.Text);
        Assert.DoesNotContain("Toán", beforeAgreeing.Text, StringComparison.Ordinal);
        Assert.StartsWith("🔒 Đồng ý cho nhà trường", typedFreely.Text);

        var thanks = await Press(Parent, beforeAgreeing, "✅ Đồng ý");
        var grades = await Say(Parent, "/diem");

        Assert.StartsWith("✅ Cảm ơn phụ huynh.", thanks.Text);
        Assert.StartsWith("📘 Điểm Học kì I, năm học 2026-2027", grades.Text);
        var kept = Assert.Single(await Bot.Service<IConsents>().OfChatAsync(ParentChat, CancellationToken.None));
        Assert.Equal(ConsentDecision.Agreed, kept.Decision);
        Assert.Equal(Clock.GetUtcNow(), kept.At.ToUniversalTime());
        Assert.Contains("HS0001", kept.Person, StringComparison.Ordinal);
        Assert.Contains("0117090459", kept.Person.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(16, kept.Version.Length);
    }

    [Fact]
    public async Task Declining_UnlinksTheChat_AndPointsToThePaperBook()
    {
        var consent = await LinkedAndAsked();

        var declined = await Press(Parent, consent, "Không đồng ý");
        var afterwards = await Say(Parent, "/diem");

        Assert.Contains("vẫn nhận sổ liên lạc giấy", declined.Text);
        Assert.Empty(Bot.Service<IChatLinks>().ChildrenOf(ParentChat));
        Assert.DoesNotContain("Toán", afterwards.Text, StringComparison.Ordinal);
        Assert.Equal(ConsentDecision.Declined, (await Bot.Service<IConsents>().LatestAsync(ParentChat, CancellationToken.None))!.Decision);
    }

    [Fact]
    public async Task AChangedText_IsAskedAgainBeforeTheNextRecord_AndBothAnswersAreKept()
    {
        await Press(Parent, await LinkedAndAsked(), "✅ Đồng ý");
        var file = Path.Combine(Dir.Path, "dong-y.txt");
        await File.WriteAllTextAsync(file, "🔒 Đồng ý cho nhà trường xử lý dữ liệu cá nhân (bản sửa)\n\n{school} gửi sổ liên lạc qua {platform} {where}. Lưu một năm.");
        _settings["Privacy:ConsentFile"] = file;
        await RestartBot();

        var asked = await Say(Parent, "/diem");
        await Press(Parent, asked, "✅ Đồng ý");
        var grades = await Say(Parent, "/diem");

        Assert.StartsWith("Nhà trường đã cập nhật nội dung dưới đây.", asked.Text);
        Assert.Contains("(bản sửa)\n\nTrường THCS Nguyễn Du gửi sổ liên lạc qua Telegram (Telegram FZ-LLC, máy chủ đặt ngoài Việt Nam).", asked.Text);
        Assert.StartsWith("📘 Điểm Học kì I", grades.Text);
        var answers = await Bot.Service<IConsents>().OfChatAsync(ParentChat, CancellationToken.None);
        Assert.Equal(2, answers.Count);
        Assert.NotEqual(answers[0].Version, answers[1].Version);
    }

    [Fact]
    public async Task NoSummaryOrAlertReachesAChatThatHasNotAgreed()
    {
        await LinkedAndAsked();
        var week = SchoolWeek.Of(new DateOnly(2026, 11, 23));

        await Bot.Service<WeeklySummaries>().ComposeAsync(week, CancellationToken.None);
        var id = $"weekly:{week.Id}:HS0001:{ParentChat.Key}";
        var outbox = Bot.Service<IOutbox>();
        var since = Stopwatch.StartNew();
        while ((await outbox.FindAsync(id, CancellationToken.None))?.Status == OutboxStatus.Pending && since.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(50);

        Assert.Equal(OutboxStatus.Withdrawn, (await outbox.FindAsync(id, CancellationToken.None))!.Status);
        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text!.StartsWith("📬", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyData_ShowsTheConsent_AndWithdrawingUnlinks()
    {
        await Press(Parent, await LinkedAndAsked(), "✅ Đồng ý");

        var mine = await Say(Parent, "/dulieu");
        var withdrawn = await Press(Parent, mine, "Rút lại đồng ý");

        Assert.StartsWith("🔒 Dữ liệu cá nhân của phụ huynh", mine.Text);
        Assert.Contains($"• Phụ huynh: Lê Xuân Huy (Bố) của {DemoSchool.FirstStudentName} (lớp 6A, mã HS0001), số điện thoại trong danh sách của trường: 0117 090 459", mine.Text);
        Assert.Contains("• Trò chuyện này: Telegram, liên kết từ ", mine.Text);
        Assert.Contains("⚙️ Cài đặt thông báo", mine.Text);
        Assert.Contains("• Đơn xin nghỉ phụ huynh đã gửi: 0", mine.Text);
        Assert.Contains("Lưu bao lâu: liên kết, cài đặt, đồng ý, tin nhắn và nhật ký truy cập được xóa một năm sau khi con rời trường", mine.Text);
        Assert.Contains("Đồng ý xử lý dữ liệu: đã đồng ý lúc ", mine.Text);
        Assert.StartsWith("Đã rút lại đồng ý và hủy liên kết", withdrawn.Text);
        Assert.Empty(Bot.Service<IChatLinks>().ChildrenOf(ParentChat));
        Assert.Equal(ConsentDecision.Withdrawn, (await Bot.Service<IConsents>().LatestAsync(ParentChat, CancellationToken.None))!.Decision);
    }
}
