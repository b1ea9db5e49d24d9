using SoLienLac.Bot.Tests.Support;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Demo;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>Inside any flow, "hủy" cancels and "xác nhận" confirms — before the flow reads them as its own answer.</summary>
public sealed class InterruptTests : TelegramTestBase
{
    private const long Parent = 9811;
    private const long Teacher = 9812;

    [Theory]
    [InlineData("hủy")]
    [InlineData("Huy")]
    [InlineData("thôi")]
    public async Task CancelWords_InsideTheLeaveForm_CancelIt(string word)
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        Assert.StartsWith("Xin nghỉ cho em", (await Say(Parent, "/xinnghi")).Text);

        var reply = await Say(Parent, word);

        Assert.Equal(Catalogue.Vietnamese.Chat.Cancelled, reply.Text);
        Assert.Empty(Bot.Service<ILeaveRequests>().OfStudents([StudentCode.Parse(DemoSchool.FirstStudentCode)]));
        Assert.Equal(Catalogue.Vietnamese.Chat.NothingToCancel, (await Say(Parent, "/huy")).Text);
    }

    [Theory]
    [InlineData("xác nhận")]
    [InlineData("Đồng ý")]
    public async Task ConfirmWords_WhileScoresWait_SaveThem(string word)
    {
        await VerifyTeacher(Teacher, DemoSchool.HomeroomTeacherPhone);
        await Say(Teacher, "/nhapdiem 6A Toán tx1 HS0001 9");

        var reply = await Say(Teacher, word);

        Assert.StartsWith("✅ Đã lưu 1 điểm Toán cột tx1 lớp 6A", reply.Text);
    }

    [Fact]
    public async Task ATeachersHelp_ListsTheConductCommand()
    {
        await VerifyTeacher(Teacher, DemoSchool.HomeroomTeacherPhone);

        Assert.Contains("/renluyen — ", (await Say(Teacher, "/trogiup")).Text);
    }

    [Fact]
    public async Task HelpInsideAFlow_LeavesTheFlowWhereItWas()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await Say(Parent, "/xinnghi");

        Assert.Contains("Bạn đang làm dở một thao tác", (await Say(Parent, "trợ giúp")).Text);
        Assert.StartsWith("📨 Đã gửi đơn xin nghỉ", (await Say(Parent, "24/11/2026 sang Con bị sốt")).Text);
    }

    [Fact]
    public async Task TheLeaveFormsExample_IsTheNextSchoolDay_NotAFixedDate()
    {
        Clock.Advance(TimeSpan.FromDays(10)); // Thursday 03/12/2026
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);

        var form = await Say(Parent, "/xinnghi");

        Assert.EndsWith("Ví dụ:\n04/12/2026 sang Con bị sốt", form.Text);
    }
}
