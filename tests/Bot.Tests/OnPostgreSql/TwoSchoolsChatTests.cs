using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;
using static SoLienLac.Bot.Tests.OnPostgreSql.TwoSchools;

namespace SoLienLac.Bot.Tests.OnPostgreSql;

/// <summary>
/// Two schools on one PostgreSQL store, in the chat through the real Telegram client: an admin sees
/// and changes only their school; a mother of children in both sees both; a teacher of both schools
/// has in each what that school assigned.
/// </summary>
public sealed class TwoSchoolsChatTests : TelegramTestBase
{
    private const long Mother = 8001;
    private const long FatherInB = 8002;
    private const long AdminOfA = 8101;
    private const long AdminOfB = 8102;
    private const long TeacherOfBoth = 8103;

    protected override StorageProvider Provider => StorageProvider.PostgreSql;

    protected override Task<StoreUnderTest> CreateStoreAsync() => StoreUnderTest.EmptyPostgreSqlAsync(Dir);

    protected override async Task PrepareAsync(IServiceProvider ports)
    {
        var cli = new CliRun(Store.DatabasePath);
        foreach (var (key, value) in Store.Settings()) cli.Settings[key] = value;
        await SetUpAsync(cli, Dir);
    }

    /// <summary>The mother links her child in school A, then her child in school B, consenting each time.</summary>
    private async Task<SentMessage> MotherLinksBothAsync()
    {
        await VerifyByPhone(Mother, ChildInA, MotherPhone);
        await Say(Mother, "/start");
        await Say(Mother, ChildInB);
        Assert.Contains($"mã {ChildInB}", (await ShareOwnPhone(Mother, MotherPhone)).Text);
        // School B now processes her data too: she is asked again, with both schools named.
        var asked = await Api.WaitForMessage(Mother);
        await Press(Mother, asked, "✅ Đồng ý");
        return asked;
    }

    [Fact]
    public async Task AnAdmin_SeesAndChangesOnlyTheirSchool()
    {
        await VerifyTeacher(AdminOfA, AdminOfAPhone);

        var own = await Say(AdminOfA, "/lop 6A");
        var other = await Say(AdminOfA, $"/lop {B}/6A");
        var history = await Say(AdminOfA, $"/lichsu {ChildInB}");
        var absence = await Say(AdminOfA, $"/diemdanh {B}/6A sang {OtherInB} K");
        var classes = await Say(AdminOfA, "/lop");

        Assert.Contains(ChildInAName, own.Text);
        Assert.DoesNotContain(ChildInBName, own.Text);
        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", other.Text);
        Assert.DoesNotContain(ChildInBName, history.Text);
        Assert.DoesNotContain(OtherInBName, absence.Text);
        Assert.DoesNotContain("Xác nhận", absence.Text);
        var buttons = classes.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => (string)b!["callback_data"]!).ToList();
        Assert.Equal([$"/lop {A}/6A"], buttons);
    }

    [Fact]
    public async Task AWholeSchoolsNotice_ReachesThatSchoolsFamiliesOnly()
    {
        await MotherLinksBothAsync();
        await VerifyByPhone(FatherInB, OtherInB, FatherInBPhone);
        await VerifyTeacher(AdminOfB, AdminOfBPhone);

        var preview = await Say(AdminOfB, "/guithongbao truong Trường nghỉ học chiều thứ Sáu");
        await Press(AdminOfB, preview, "Xác nhận");
        var toFather = await Api.WaitForMessage(FatherInB, m => m.Text!.Contains("Trường nghỉ học chiều thứ Sáu", StringComparison.Ordinal));
        var toMother = await Api.WaitForMessage(Mother, m => m.Text!.Contains("Trường nghỉ học chiều thứ Sáu", StringComparison.Ordinal));
        await Api.WaitUntilIdle();

        Assert.Contains(OtherInBName, toFather.Text);
        // The mother hears it once, for her child in school B, not for her child in school A.
        Assert.Contains(ChildInBName, toMother.Text);
        Assert.Single(Api.SentTo(Mother), m => m.Text!.Contains("Trường nghỉ học chiều thứ Sáu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMotherOfChildrenInBothSchools_SeesBoth_AndConsentsToBothSchools()
    {
        var again = await MotherLinksBothAsync();
        var first = Api.SentTo(Mother).First(m => m.Text!.Contains("Đồng ý cho nhà trường xử lý dữ liệu cá nhân", StringComparison.Ordinal));
        var which = await Say(Mother, "/con");
        var children = which.ReplyMarkup!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => (string)b!["callback_data"]!).ToList();
        var gradesOfB = await Say(Mother, "/diem");

        Assert.Contains(NameOfA, first.Text);
        Assert.DoesNotContain(NameOfB, first.Text);
        Assert.Contains($"{NameOfA}, {NameOfB}", again.Text);
        Assert.Equal(2, children.Count);
        Assert.Contains(children, c => c.Contains(ChildInA, StringComparison.Ordinal));
        Assert.Contains(children, c => c.Contains(ChildInB, StringComparison.Ordinal));
        Assert.Contains($"{ChildInBName} (lớp 6A, mã {ChildInB})", gradesOfB.Text);
    }

    [Fact]
    public async Task ATeacherOfTwoSchools_HasInEachWhatThatSchoolAssigned()
    {
        await VerifyTeacher(TeacherOfBoth, TeacherOfBothPhone);

        var homeroom = await Say(TeacherOfBoth, $"/diemdanh 6A sang HSA002 K");
        await Say(TeacherOfBoth, "/huy");
        var notHomeroomInB = await Say(TeacherOfBoth, $"/diemdanh {B}/6A sang {OtherInB} K");
        var teachesInB = await Say(TeacherOfBoth, $"/lop {B}/6A");

        Assert.Contains("• HSA002 Lê Thị Bích: K", homeroom.Text);
        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", notHomeroomInB.Text);
        Assert.Contains(OtherInBName, teachesInB.Text);
        Assert.DoesNotContain(ChildInAName, teachesInB.Text);
    }
}
