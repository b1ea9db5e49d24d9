using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>A verified parent asks, through the real Telegram client, and sees their child's records — and only theirs.</summary>
public class ParentQueryTests : TelegramTestBase
{
    private const long Parent = 6001;
    private const string SiblingCode = "HS0100";

    protected override Task PrepareAsync(IServiceProvider ports)
    {
        var students = ports.GetRequiredService<IStudentDirectory>();
        // HS0001's father is also on record for a second child, in another class.
        var sibling = StudentCode.Parse(SiblingCode);
        var changes = new ChangeSet();
        changes.Guardians[sibling] = [.. students.GuardiansOf(sibling), Guardian.Of(sibling, "Bố", PhoneNumber.Parse(DemoSchool.FirstParentPhone), "Bố")];
        ports.GetRequiredService<ISchoolRecords>().Save(changes);
        var now = Support.ManualClock.DemoMorning;
        var board = ports.GetRequiredService<INoticeBoard>();
        board.Save(new Notice(Guid.NewGuid(), ClassName.Parse("6A"), "Họp phụ huynh lớp 6A lúc 8:00 Chủ nhật 29/11.", "GV003", now.AddHours(-1), now.AddHours(-1), false));
        board.Save(new Notice(Guid.NewGuid(), null, "Trường nghỉ ngày 20/11, học bù thứ Bảy.", "GV001", now.AddDays(-5), now.AddDays(-5), false));
        board.Save(new Notice(Guid.NewGuid(), ClassName.Parse("7A"), "Thông báo riêng lớp 7A.", "GV001", now.AddDays(-1), now.AddDays(-1), false));
        // These were sent when they were published, before the test's parent linked.
        foreach (var notice in board.DueUndelivered(now)) board.MarkDelivered(notice.Id, now);
        return Task.CompletedTask;
    }

    private async Task Verified() => await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);

    [Fact]
    public async Task Grades_ShowEachSubjectWithItsColumnsAndAverage()
    {
        await Verified();

        var reply = await Say(Parent, "/diem");

        Assert.Contains($"📘 Điểm Học kì I, năm học 2026-2027\n{DemoSchool.FirstStudentName} (lớp 6A, mã HS0001)", reply.Text);
        Assert.Matches(@"• Toán: TX [\d,]+ · [\d,]+ · [\d,]+ · [\d,]+ \| GK [\d,]+ \| CK [\d,]+ → TB \d+,\d", reply.Text);
        Assert.Contains("• Giáo dục thể chất: TX ", reply.Text);
        Assert.Contains("Kết quả học tập Học kì I: ", reply.Text);
        Assert.DoesNotContain(".", reply.Text!.Split('\n').Single(l => l.StartsWith("• Toán", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/diem toan")]
    [InlineData("/diem Toán")]
    [InlineData("diem toan")]
    [InlineData("điểm Toán")]
    [InlineData("xem diem mon toan")]
    [InlineData("/grades toan")]
    [InlineData("/diem@SoLienLacTestBot toan")]
    public async Task OneSubject_InAnyWording_ShowsItsDetail(string text)
    {
        await Verified();

        var reply = await Say(Parent, text);

        Assert.StartsWith("📘 Toán, năm học 2026-2027", reply.Text);
        Assert.Contains("Thường xuyên 1: ", reply.Text);
        Assert.Contains("Cuối kì: ", reply.Text);
    }

    [Fact]
    public async Task Attendance_ListsDatesSessionsAndTheYearAgainstTheLimit()
    {
        await Verified();

        var reply = await Say(Parent, "/chuyencan");

        Assert.Contains("📅 Chuyên cần năm học 2026-2027", reply.Text);
        Assert.Contains("• Thứ Hai 23/11/2026, buổi sáng — có phép (P)", reply.Text);
        Assert.Matches(@"Cả năm: \d+/45 buổi", reply.Text);
    }

    [Fact]
    public async Task Conduct_ShowsTheTermsAndTheRemarks()
    {
        await Verified();

        var reply = await Say(Parent, "/renluyen");

        Assert.Contains("Học kì I: ", reply.Text);
        Assert.Contains("Học kì II: chưa đánh giá", reply.Text);
        Assert.Contains("Nhận xét của giáo viên:", reply.Text);
    }

    [Fact]
    public async Task Notices_ShowTheClassAndSchoolOnes_WithAnAcknowledgeButton()
    {
        await Verified();

        var reply = await Say(Parent, "/thongbao");

        Assert.Contains("Họp phụ huynh lớp 6A", reply.Text);
        Assert.Contains("Trường nghỉ ngày 20/11", reply.Text);
        Assert.DoesNotContain("riêng lớp 7A", reply.Text);
        var button = reply.ReplyMarkup!["inline_keyboard"]![0]![0]!;
        Assert.StartsWith("Đã xem", (string?)button["text"]);

        Api.PressButton(Parent, Parent, (string)button["callback_data"]!, reply.MessageId);
        var acknowledged = await Api.WaitForMessage(Parent);
        Assert.Contains("đã xem thông báo", acknowledged.Text);
        Assert.Contains("✓ đã xem", (await Say(Parent, "/thongbao")).Text);
    }

    [Fact]
    public async Task Week_SummarisesThisWeek()
    {
        await Verified();

        var reply = await Say(Parent, "/tuan");

        Assert.StartsWith("🗓 Tuần 23/11/2026 – 29/11/2026", reply.Text);
        Assert.Contains("Thứ Hai 23/11/2026, buổi sáng", reply.Text);
        Assert.Contains("Họp phụ huynh lớp 6A", reply.Text);
    }

    [Fact]
    public async Task TwoChildren_TheBotAsksWhich_AndTheButtonAnswers()
    {
        await Verified();
        await Say(Parent, "/start");
        await Say(Parent, SiblingCode);
        var second = await ShareOwnPhone(Parent, DemoSchool.FirstParentPhone);
        Assert.Contains($"mã {SiblingCode}", second.Text);

        Assert.Contains($"mã {SiblingCode}", (await Say(Parent, "/diem")).Text);

        var ask = await Say(Parent, "/con");
        Assert.Equal("Bạn muốn xem thông tin của con nào?", ask.Text);
        var choice = ask.ReplyMarkup!["inline_keyboard"]!.AsArray().Select(r => r![0]!).Single(b => ((string)b["callback_data"]!).Contains("HS0001", StringComparison.Ordinal));
        Api.PressButton(Parent, Parent, (string)choice["callback_data"]!, ask.MessageId);
        Assert.StartsWith($"Đang xem: {DemoSchool.FirstStudentName}", (await Api.WaitForMessage(Parent)).Text);

        var grades = await Say(Parent, "/diem");
        Assert.Contains("mã HS0001", grades.Text);
    }

    [Fact]
    public async Task InAGroup_TheBotShowsNothingAndPointsToThePrivateChat()
    {
        await Verified();
        const long group = -100777;

        Api.SendText(group, Parent, "/diem", chatType: "supergroup");
        var reply = await Api.WaitForMessage(group);

        Assert.Equal("Vì lý do bảo mật, sổ liên lạc chỉ trả lời trong tin nhắn riêng. Bạn hãy nhắn riêng cho bot nhé.", reply.Text);
        Api.SendText(group, Parent, "diem toan", chatType: "supergroup");
        await Api.WaitUntilIdle();
        Assert.Single(Api.SentTo(group));
    }

    [Fact]
    public async Task Unlink_StopsEverything()
    {
        await Verified();

        var ask = await Say(Parent, "/roi");
        Api.PressButton(Parent, Parent, (string)ask.ReplyMarkup!["inline_keyboard"]![0]![0]!["callback_data"]!, ask.MessageId);
        var done = await Api.WaitForMessage(Parent);

        Assert.StartsWith("Đã hủy liên kết (HS0001)", done.Text);
        Assert.Contains("Bạn chưa xác minh", (await Say(Parent, "/diem")).Text);
    }

    [Fact]
    public async Task UnknownText_GetsAShortHelpfulAnswer()
    {
        await Verified();

        var reply = await Say(Parent, "con tôi hôm nay thế nào");

        Assert.StartsWith("Bot chưa hiểu ý bạn.", reply.Text);
        Assert.Contains("/trogiup", reply.Text);
    }

    [Fact]
    public async Task Help_AlwaysAnswers_EvenInTheMiddleOfAFlow()
    {
        await Say(Parent, "/start");

        var reply = await Say(Parent, "/trogiup");

        Assert.Contains("/start — Bắt đầu, xác minh phụ huynh", reply.Text);
        Assert.Contains("Bạn đang làm dở một thao tác", reply.Text);
    }

    [Fact]
    public async Task ABlockedChat_DoesNotStopTheBotAnsweringOthers()
    {
        Api.ForbidChat(Parent);
        Api.SendText(Parent, Parent, "/start");
        Api.SendText(Parent + 1, Parent + 1, "/trogiup");

        var other = await Api.WaitForMessage(Parent + 1);

        Assert.StartsWith("Sổ liên lạc điện tử", other.Text);
    }
}
