using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Access;

/// <summary>
/// The school takes access away: a roster that drops or changes a guardian's phone, a teacher marked
/// <c>left</c> or given to someone new, <c>links revoke</c>. The chat is told once, sees nothing more,
/// and the audit trail says who ended it. On a real school's store (the demo refuses a real roster).
/// </summary>
public sealed class AccessRevocationTests : TelegramTestBase
{
    private const long Father = 7101;
    private const long Mother = 7102;
    private const long MathTeacher = 7103;

    private const string Ended = "🔒 Nhà trường đã kết thúc liên kết";

    protected override Task PrepareAsync(IServiceProvider ports)
    {
        SampleSchool.CopyTo(DatabasePath);
        return Task.CompletedTask;
    }

    private string Roster(params string[] rows) =>
        Dir.Write("hs.csv", string.Join('\n', ["student_code,full_name,date_of_birth,class,guardian_name,guardian_phone,guardian_relation", .. rows]));

    private string Teachers(params string[] rows) =>
        Dir.Write("gv.csv", string.Join('\n', ["teacher_code,full_name,phone,role,class,subject,status", .. rows]));

    private async Task ParentsLinked()
    {
        await VerifyByPhone(Father, "HS9001", SampleSchool.FatherPhone);
        await VerifyByPhone(Mother, "HS9001", SampleSchool.MotherPhone);
    }

    private async Task MathTeacherLinked()
    {
        await Say(MathTeacher, "/start");
        Assert.StartsWith("Xin chào thầy/cô Vũ Đức Thắng", (await ShareOwnPhone(MathTeacher, SampleSchool.MathTeacherPhone)).Text);
    }

    private IReadOnlyList<AuditEntry> Audit(string student) => Bot.Service<IAuditLog>().About(student);

    [Fact]
    public async Task ARosterThatChangesTheFathersPhone_EndsHisLink_TellsHimOnce_AndLeavesTheMother()
    {
        await ParentsLinked();

        var import = await new CliRun(DatabasePath).Run("import", "roster", Roster(
            "HS9001,Nguyễn Minh An,2015-03-14,6C,Nguyễn Văn Hùng,0912 000 999,Bố",
            "HS9001,Nguyễn Minh An,2015-03-14,6C,Đỗ Thị Lan,+84 987 654 321,Mẹ"));

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("hs.csv: 1 liên kết trò chuyện đã kết thúc", import.Out);
        var told = await Api.WaitForMessage(Father, m => m.Text!.StartsWith(Ended, StringComparison.Ordinal));
        Assert.Contains("em Nguyễn Minh An (HS9001)", told.Text);
        Assert.Equal(ChatTextsNotVerified, (await Say(Father, "/diem")).Text);
        Assert.Contains("Nguyễn Minh An", (await Say(Mother, "/diem")).Text);
        Assert.DoesNotContain(Api.SentTo(Mother), m => m.Text!.StartsWith(Ended, StringComparison.Ordinal));
        var ended = Assert.Single(Audit("HS9001"), a => a.What == LinkEndings.ParentWhat && a.NewValue is null);
        Assert.Equal(($"telegram:{Father}", "cli", "import roster hs.csv"), (ended.OldValue, ended.Channel, ended.Reason));

        // The same file again ends nothing more, and tells nobody twice.
        await new CliRun(DatabasePath).Run("import", "roster", Dir.File("hs.csv"));
        await Api.WaitUntilIdle();
        Assert.Single(Api.SentTo(Father), m => m.Text!.StartsWith(Ended, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATeacherMarkedLeft_LosesTheRoleAndTheChat_AtOnce_AndTheirPhoneNoLongerVerifies()
    {
        await MathTeacherLinked();
        Assert.Contains("Nhập điểm cho lớp nào?", (await Say(MathTeacher, "/nhapdiem")).Text);
        await Say(MathTeacher, "/huy");

        var import = await new CliRun(DatabasePath).Run("import", "teachers", Teachers("GV902,Vũ Đức Thắng,,,,,left"));

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("gv.csv: 1 dòng — 0 mới, 1 thay đổi, 0 không đổi.", import.Out);
        var told = await Api.WaitForMessage(MathTeacher, m => m.Text!.StartsWith(Ended, StringComparison.Ordinal));
        Assert.Contains("(GV902)", told.Text);
        Assert.Equal(TeachersOnly, (await Say(MathTeacher, "/nhapdiem")).Text);
        await Say(MathTeacher, "/start");
        Assert.DoesNotContain("Xin chào thầy/cô", (await ShareOwnPhone(MathTeacher, SampleSchool.MathTeacherPhone)).Text);
    }

    [Fact]
    public async Task ATeacherCodeGivenToSomeoneNew_DoesNotHandTheOldChatTheirRole()
    {
        await MathTeacherLinked();

        await new CliRun(DatabasePath).Run("import", "teachers", Teachers("GV902,Đinh Văn Mới,0366 111 222,homeroom,6C,"));

        await Api.WaitForMessage(MathTeacher, m => m.Text!.StartsWith(Ended, StringComparison.Ordinal));
        Assert.Equal(TeachersOnly, (await Say(MathTeacher, "/lop 6C")).Text);
    }

    [Fact]
    public async Task LinksListsTheChats_AndRevokeEndsOne_Audited_AndTheChatIsTold()
    {
        await ParentsLinked();
        var cli = new CliRun(DatabasePath);

        var list = await cli.Run("links", "--student", "HS9001");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("HS9001 Nguyễn Minh An (lớp 6C) — 2 liên kết đang hoạt động, 0 đã kết thúc.", list.Out);
        Assert.Matches($"telegram:{Father} +từ .* bằng số điện thoại 0912 345 678 +đang hoạt động", list.Out);

        var revoke = await cli.Run("links", "revoke", "--student", "HS9001", "--chat", $"telegram:{Father}");

        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains($"đã kết thúc 1 liên kết (telegram:{Father})", revoke.Out);
        Assert.Contains("Lưu ý: số 0912 345 678 vẫn là số phụ huynh của HS9001", revoke.Error);
        await Api.WaitForMessage(Father, m => m.Text!.StartsWith(Ended, StringComparison.Ordinal));
        Assert.Equal(ChatTextsNotVerified, (await Say(Father, "/diem")).Text);
        Assert.Contains("Nguyễn Minh An", (await Say(Mother, "/diem")).Text);
        Assert.Contains(Audit("HS9001"), a => a.What == LinkEndings.ParentWhat && a.OldValue == $"telegram:{Father}" && a.Reason == "links revoke");
        Assert.Matches($"telegram:{Father} +từ .* đã kết thúc", (await cli.Run("links", "--student", "HS9001")).Out);
    }

    [Fact]
    public async Task LinksRevoke_OfATeacher_EndsTheirChats()
    {
        await MathTeacherLinked();

        var revoke = await new CliRun(DatabasePath).Run("links", "revoke", "--teacher", "GV902");

        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains("Lưu ý: GV902 vẫn đang công tác", revoke.Error);
        await Api.WaitForMessage(MathTeacher, m => m.Text!.StartsWith(Ended, StringComparison.Ordinal));
        Assert.Equal(TeachersOnly, (await Say(MathTeacher, "/nhapdiem")).Text);
        Assert.Contains("1 đã kết thúc", (await new CliRun(DatabasePath).Run("links", "--teacher", "GV902")).Out);
    }

    [Theory]
    [InlineData(2, "links")]
    [InlineData(2, "links", "--student", "HS9001", "--teacher", "GV902")]
    [InlineData(1, "links", "--student", "HS0000")]
    [InlineData(1, "links", "revoke", "--student", "HS9001", "--chat", "khong-phai-chat")]
    public async Task LinksWrongUse_ChangesNothing(int exitCode, params string[] args)
    {
        await ParentsLinked();

        var result = await new CliRun(DatabasePath).Run(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(2, Bot.Service<IChatLinks>().ParentsOf(Domain.Students.StudentCode.Parse("HS9001")).Count);
    }

    private static string ChatTextsNotVerified => Conversations.Texts.Catalogue.Vietnamese.Chat.NotVerified;

    private static string TeachersOnly => Conversations.Texts.Catalogue.Vietnamese.Teaching.TeachersOnly;
}
