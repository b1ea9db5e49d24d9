using SoLienLac.Bot.Conversations.Privacy;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// Every read of a child's records is in the access log, to the hour: the parent sees in /dulieu which
/// members of staff looked (never other parents), and the school prints the whole log with
/// <c>privacy log --student</c>.
/// </summary>
public class AccessLogTests : TelegramTestBase
{
    private const long Parent = 7101;
    private const long OtherParent = 7102;
    private const long Teacher = 7103;
    private static readonly StudentCode Child = StudentCode.Parse(DemoSchool.FirstStudentCode);

    private async Task<string> TeacherName() => (await Bot.Service<ITeacherDirectory>().FindAsync(DemoSchool.HomeroomTeacherCode, CancellationToken.None))!.FullName;

    [Fact]
    public async Task ATeacherWhoLooked_IsListedInTheParentsData_AndNoOtherParentIs()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyByPhone(OtherParent, DemoSchool.FirstStudentCode, DemoSchool.SecondParentPhone);
        await Say(OtherParent, "/diem");
        var before = await Say(Parent, "/dulieu");
        await VerifyTeacher(Teacher, DemoSchool.HomeroomTeacherPhone);
        await Say(Teacher, "/lop 6A");

        var after = await Say(Parent, "/dulieu");

        Assert.Contains($"Ai đã xem hồ sơ của {DemoSchool.FirstStudentName} năm học này:\n• chưa có cán bộ, giáo viên nào xem.", before.Text);
        Assert.Contains($"• Giáo viên {await TeacherName()}: tổng quan lớp, lần gần nhất ", after.Text);
        Assert.DoesNotContain("7102", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("phụ huynh", after.Text!.Split("năm học này:")[1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryRead_IsOneLineAnHour_AndTheSchoolPrintsTheLog()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await Say(Parent, "/diem");
        await Say(Parent, "/diem");
        await Say(Parent, "/chuyencan");
        await VerifyTeacher(Teacher, DemoSchool.HomeroomTeacherPhone);
        await Say(Teacher, $"/lichsu {Child}");
        await Bot.Service<AccessRecorder>().FlushAsync(CancellationToken.None);

        var lines = await Bot.Service<IAccessLog>().OfStudentAsync(Child, Clock.GetUtcNow().AddDays(-1), CancellationToken.None);
        Assert.Equal(["chuyencan", "diem", "lichsu"], lines.Select(l => l.What).Order());
        Assert.Equal(AccessRole.Teacher, lines.Single(l => l.What == "lichsu").Role);

        // The bot stopped (its last lines written), the school reads the log at the machine.
        await Bot.DisposeAsync();
        var cli = new CliRun(DatabasePath);
        foreach (var (key, value) in Store.Settings()) cli.Settings[key] = value;
        var printed = await cli.Run("privacy", "log", "--student", Child.Value);
        var results = await cli.Run("results", "--class", "6A", "--term", "1");
        var again = await cli.Run("privacy", "log", "--student", Child.Value);
        Bot = await TelegramBotUnderTest.StartAsync(Api, DatabasePath, Clock, Store.Settings());

        Assert.Equal(0, printed.ExitCode);
        Assert.Contains($"Nhật ký truy cập hồ sơ {Child} từ 01/08/2026: 3 dòng", printed.Out);
        Assert.Contains($"giáo viên {await TeacherName()} ({DemoSchool.HomeroomTeacherCode})  telegram  lichsu", printed.Out);
        Assert.Contains($"phụ huynh telegram:{Parent}  telegram  diem", printed.Out);
        Assert.Equal(0, results.ExitCode);
        Assert.Contains("nhà trường, trên máy", again.Out);
        Assert.Contains("  máy  results", again.Out);
    }
}
