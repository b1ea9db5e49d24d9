using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>Parents verify through the real Telegram client and the fake Bot API: by phone, by code, and refused.</summary>
public class ParentVerificationTests : TelegramTestBase
{
    private const long Parent = 5001;
    private string _code = "";

    protected override async Task PrepareAsync(IServiceProvider ports)
    {
        var (code, record) = ActivationCode.Issue(StudentCode.Parse("HS0002"), new DateOnly(2027, 7, 31));
        await ports.GetRequiredService<IActivationCodes>().SaveAsync(record, default);
        _code = code;
    }

    [Fact]
    public async Task Start_AsksForTheStudentCode_AndOffersTheSharePhoneButton()
    {
        var reply = await Say(Parent, "/start");

        Assert.Contains("hãy nhập mã học sinh của con", reply.Text);
        Assert.Equal("📱 Chia sẻ số điện thoại", (string?)reply.ReplyMarkup!["keyboard"]![0]![0]!["text"]);
        Assert.True((bool?)reply.ReplyMarkup["keyboard"]![0]![0]!["request_contact"]);
    }

    [Theory]
    [InlineData("0117090459")]
    [InlineData("84117090459")]
    [InlineData("+84117090459")]
    [InlineData("+84 117 090 459")]
    public async Task OwnPhone_InAnyFormat_LinksTheChild(string phone)
    {
        Assert.Equal("0117090459", DemoSchool.FirstParentPhone);

        var reply = await VerifyByPhone(Parent, "HS0001", phone);

        Assert.StartsWith($"Xác minh thành công. Bạn đã liên kết với: {DemoSchool.FirstStudentName} (lớp 6A, mã HS0001)", reply.Text);
        var grades = await Say(Parent, "/diem");
        Assert.Contains("📘 Điểm Học kì I", grades.Text);
    }

    [Fact]
    public async Task ActivationCode_TypedAfterTheStudentCode_LinksTheChild()
    {
        await Say(Parent, "/start");
        await Say(Parent, "hs0002");

        var reply = await Say(Parent, _code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));

        Assert.StartsWith("Xác minh thành công", reply.Text);
        Assert.Contains("mã HS0002", reply.Text);
    }

    [Fact]
    public async Task DeepLink_WithTheCode_LinksInOneStep_AndTheCodeWorksOnlyOnce()
    {
        var first = await Say(Parent, $"/start HS0002_{ActivationCode.Normalize(_code)}");
        var again = await Say(Parent + 1, $"/start HS0002_{ActivationCode.Normalize(_code)}");

        Assert.StartsWith("Xác minh thành công", first.Text);
        Assert.Contains("đã được dùng hoặc đã hết hạn", again.Text);
    }

    [Fact]
    public async Task WrongPhone_AndUnknownStudent_GetTheSameAnswer()
    {
        var wrongPhone = await VerifyByPhone(Parent, "HS0001", "0912000111");
        var unknownStudent = await VerifyByPhone(Parent + 1, "HS9999", DemoSchool.FirstParentPhone);

        Assert.Contains("Thông tin chưa khớp với hồ sơ của nhà trường", wrongPhone.Text);
        Assert.Equal(wrongPhone.Text, unknownStudent.Text);
        var grades = await Say(Parent, "/diem");
        Assert.Contains("Bạn chưa xác minh", grades.Text);
    }

    [Fact]
    public async Task SomeoneElsesContact_IsRefused()
    {
        await Say(Parent, "/start");
        await Say(Parent, "HS0001");
        Api.ShareContact(Parent, Parent, DemoSchool.FirstParentPhone, contactUserId: 777);

        var reply = await Api.WaitForMessage(Parent);

        Assert.Contains("chia sẻ số điện thoại của chính mình", reply.Text);
        Assert.Contains("Bạn chưa xác minh", (await Say(Parent, "/diem")).Text);
    }

    [Fact]
    public async Task FiveFailuresInAnHour_LockTheChatForAnHour_AndSaySo()
    {
        for (var i = 0; i < 4; i++) await VerifyByPhone(Parent, "HS0001", "0912000111");

        var fifth = await VerifyByPhone(Parent, "HS0001", "0912000111");
        var evenTheRightPhone = await Say(Parent, "/start");

        Assert.Contains("tạm khóa đến 10:00 ngày 23/11/2026", fifth.Text);
        Assert.Contains("tạm khóa đến 10:00 ngày 23/11/2026", evenTheRightPhone.Text);

        Clock.Advance(TimeSpan.FromMinutes(61));
        var afterAnHour = await VerifyByPhone(Parent, "HS0001", DemoSchool.FirstParentPhone);
        Assert.StartsWith("Xác minh thành công", afterAnHour.Text);
    }

    [Fact]
    public async Task RestartMidFlow_ContinuesWhereItWas()
    {
        await Say(Parent, "/start");
        await Say(Parent, "HS0001");

        await RestartBot();
        var reply = await ShareOwnPhone(Parent, DemoSchool.FirstParentPhone);

        Assert.StartsWith("Xác minh thành công", reply.Text);
    }

    [Fact]
    public async Task Teacher_SharingTheirPhone_IsRecognisedAsATeacher()
    {
        var reply = await VerifyByPhone(Parent, "HS0001", DemoSchool.HomeroomTeacherPhone);

        Assert.Contains("đã được xác minh là giáo viên", reply.Text);
    }

    [Fact]
    public async Task Cancel_LeavesTheFlow()
    {
        await Say(Parent, "/start");

        var cancelled = await Say(Parent, "/huy");
        var afterwards = await Say(Parent, "HS0001");

        Assert.Equal("Đã hủy thao tác đang dở.", cancelled.Text);
        Assert.Contains("Bot chưa hiểu ý bạn", afterwards.Text);
    }

    [Fact]
    public async Task CommandMenu_IsRegisteredInVietnameseAndEnglish()
    {
        await Api.WaitUntilIdle();

        var vietnamese = Assert.Single(Api.Commands, c => c.LanguageCode is null);
        var english = Assert.Single(Api.Commands, c => c.LanguageCode == "en");
        Assert.Contains(vietnamese.Commands, c => c.Command == "diem" && c.Description.StartsWith("Điểm", StringComparison.Ordinal));
        Assert.Contains(english.Commands, c => c.Command == "diem" && c.Description.StartsWith("Scores", StringComparison.Ordinal));
    }
}
