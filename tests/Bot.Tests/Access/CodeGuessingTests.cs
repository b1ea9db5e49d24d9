using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Channels.Telegram;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Access;

/// <summary>
/// Nobody can list which student or teacher codes exist, and nobody with many accounts can go on
/// trying activation codes for one child: after a day's limit the codes stop working for that child
/// and the homeroom teacher is told.
/// </summary>
public sealed class CodeGuessingTests : TelegramTestBase
{
    private const long Homeroom = 9901;
    private const long FirstGuesser = 9910;
    private string _code = "";

    protected override async Task PrepareAsync(IServiceProvider ports)
    {
        var (code, record) = ActivationCode.Issue(StudentCode.Parse(DemoSchool.FirstStudentCode), new DateOnly(2027, 7, 31));
        await ports.GetRequiredService<IActivationCodes>().SaveAsync(record, default);
        _code = ActivationCode.Normalize(code);
    }

    [Fact]
    public async Task AStudentsCode_ATeachersCode_AndNobodysCode_GetTheSameQuestion()
    {
        async Task<string> AskedAfter(long chat, string code)
        {
            await Say(chat, "/start");
            return (await Say(chat, code)).Text!.Replace(code, "<mã>", StringComparison.Ordinal);
        }

        var student = await AskedAfter(9921, DemoSchool.FirstStudentCode);
        var teacher = await AskedAfter(9922, DemoSchool.PrincipalCode);
        var nobody = await AskedAfter(9923, "HS9999");

        Assert.Equal(student, teacher);
        Assert.Equal(student, nobody);
        Assert.DoesNotContain("giáo viên", teacher, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TwentyWrongCodesForOneChild_FromManyChats_StopCodesForADay_AndTellTheHomeroomTeacher()
    {
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        // Four tries from each of five accounts: no single chat reaches its own lock of five.
        for (var i = 0; i < HolderLock.MaxFailures; i++)
        {
            var reply = await Say(FirstGuesser + (i / 4), $"/start {DemoSchool.FirstStudentCode}_AAAAAAA{(char)('A' + (i % 4))}");
            Assert.Contains("Thông tin chưa khớp", reply.Text);
        }

        var alert = await Api.WaitForMessage(Homeroom, m => m.Text!.StartsWith("⚠️ Có 20 lần nhập sai mã kích hoạt", StringComparison.Ordinal));
        Assert.Contains($"em {DemoSchool.FirstStudentName} ({DemoSchool.FirstStudentCode})", alert.Text);
        var evenTheRightCode = await Say(FirstGuesser + 10, $"/start {DemoSchool.FirstStudentCode}_{_code}");
        Assert.Contains("tạm dừng đến", evenTheRightCode.Text);
        Assert.Contains("Bạn chưa xác minh", (await Say(FirstGuesser + 10, "/diem")).Text);

        Clock.Advance(TimeSpan.FromHours(25));
        Assert.StartsWith("Xác minh thành công", (await Say(FirstGuesser + 10, $"/start {DemoSchool.FirstStudentCode}_{_code}")).Text);
    }

    [Fact]
    public async Task WrongCodesFromOneChatAlone_NeverShutTheFamilyOut()
    {
        // Four an hour for six hours (the chat's own lock comes at five): 24 wrong codes, all from one account.
        for (var hour = 0; hour < 6; hour++)
        {
            for (var i = 0; i < 4; i++)
                Assert.Contains("Thông tin chưa khớp", (await Say(FirstGuesser, $"/start {DemoSchool.FirstStudentCode}_AAAAAAA{(char)('A' + i)}")).Text);
            Clock.Advance(TimeSpan.FromMinutes(61));
        }

        Assert.StartsWith("Xác minh thành công", (await Say(FirstGuesser + 1, $"/start {DemoSchool.FirstStudentCode}_{_code}")).Text);
    }
}
