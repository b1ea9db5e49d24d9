using Quartz;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Privacy;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// /xoadulieu: acknowledged at once with its deadline, shown to the school's admin, carried out when the
/// admin confirms — or by the bot at the deadline — and afterwards no record anywhere in the store names
/// the parent's chat (every kind read back through the transfer's export); the school's list of
/// parents stays, as the parent is told.
/// </summary>
public class ErasureTests : TelegramTestBase
{
    private const long Parent = 987_654_321;
    private const long Admin = 7501;
    private static readonly ChatAddress ParentChat = new("telegram", "987654321");

    private async Task<IReadOnlyList<string>> RowsNaming(string text)
    {
        var naming = new List<string>();
        await foreach (var chunk in Bot.Service<IStoreTransfer>().ExportAsync(CancellationToken.None))
            naming.AddRange(chunk.Rows.Where(row => row.Any(v => v?.ToString()?.Contains(text, StringComparison.Ordinal) == true))
                .Select(row => $"{chunk.Kind}: {string.Join(", ", row)}"));
        return naming;
    }

    [Fact]
    public async Task AnAdminConfirms_AndNothingOfTheParentsChatIsLeftInTheStore()
    {
        await VerifyTeacher(Admin, DemoSchool.PrincipalPhone);
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await Say(Parent, "/diem");
        await Say(Parent, "/caidat tuan tat");
        // What they wrote to the teacher, and their answer to a poll, name the chat too.
        await Say(Parent, "/nhangv Cô ơi, con xin nghỉ tiết thể dục ạ.");
        await Say(Admin, "/khaosat 6A Tham quan ngày 12/12? | Có | Không");
        await Press(Parent, await Api.WaitForMessage(Parent, m => m.Text!.Contains("📋 Khảo sát", StringComparison.Ordinal)), "Có");
        Assert.Contains(await RowsNaming(ParentChat.Key), row => row.StartsWith("TalkMessages: ", StringComparison.Ordinal));
        Assert.Contains(await RowsNaming(ParentChat.Key), row => row.StartsWith("PollAnswers: ", StringComparison.Ordinal));

        var acknowledged = await Say(Parent, "/xoadulieu");
        var again = await Say(Parent, "/xoadulieu");
        var told = await Api.WaitForMessage(Admin, m => m.Text!.StartsWith("🗑", StringComparison.Ordinal));
        var erased = await Press(Admin, told, "Xác nhận xóa");
        var leftNamingTheChat = await RowsNaming(ParentChat.Key);
        var leftNamingItsId = await RowsNaming("987654321");
        var leftNamingThePhone = await RowsNaming("0117090459");
        // Writing again afterwards starts afresh: nothing of before is there.
        var afterwards = await Say(Parent, "/diem");

        Assert.StartsWith("🗑 Nhà trường đã nhận yêu cầu xóa dữ liệu của phụ huynh và sẽ xóa chậm nhất ", acknowledged.Text);
        Assert.Contains("26/11/2026", acknowledged.Text);
        Assert.Contains("là hồ sơ của nhà trường, được giữ lại theo quy định", acknowledged.Text);
        Assert.Contains("Các bản sao lưu cũ tự hết hạn sau 14 đêm.", acknowledged.Text);
        Assert.StartsWith("Yêu cầu xóa dữ liệu của phụ huynh đã được ghi nhận", again.Text);
        Assert.Contains($"Phụ huynh của {DemoSchool.FirstStudentName} (6A) yêu cầu xóa dữ liệu cá nhân", told.Text);
        Assert.DoesNotContain("987654321", told.Text, StringComparison.Ordinal);
        Assert.StartsWith("✅ Đã xóa dữ liệu theo yêu cầu", erased.Text);
        Assert.DoesNotContain("Toán", afterwards.Text, StringComparison.Ordinal);
        Assert.Empty(leftNamingTheChat);
        Assert.Empty(leftNamingItsId);
        // The phone stays only where the school listed the guardian (its roster: the parent was told).
        Assert.NotEmpty(leftNamingThePhone);
        Assert.All(leftNamingThePhone, row => Assert.StartsWith("Guardians: ", row, StringComparison.Ordinal));
        // The child's answer to the poll stays, as the school's record of the slip, without the chat.
        Assert.Contains(await RowsNaming("Tham quan ngày 12/12?"), row => row.StartsWith("Polls: ", StringComparison.Ordinal));
        var request = Assert.Single(await Bot.Service<IErasureRequests>().AllAsync(CancellationToken.None));
        Assert.Equal((ErasureStatus.Done, ErasureRequest.Erased, DemoSchool.PrincipalCode), (request.Status, request.Chat, request.DoneBy));
    }

    [Fact]
    public async Task AnAdminRecordsALawfulReason_TheParentIsToldIt_AndTheirMessagesStayWithoutTheChat()
    {
        await VerifyTeacher(Admin, DemoSchool.PrincipalPhone);
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await Say(Parent, "/nhangv Cô ơi, con bị bạn bắt nạt trong giờ ra chơi.");
        await Say(Parent, "/xoadulieu");
        var told = await Api.WaitForMessage(Admin, m => m.Text!.StartsWith("🗑", StringComparison.Ordinal));
        var keep = System.Text.RegularExpressions.Regex.Match(told.Text!, @"/xoadulieu giulai [0-9a-f]{32}").Value;

        var recorded = await Say(Admin, $"{keep} Hồ sơ vụ việc bắt nạt đang được nhà trường xử lý");
        var reason = await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("ℹ️", StringComparison.Ordinal));
        await Api.WaitUntilIdle();
        await Press(Admin, recorded, "Xác nhận xóa");

        Assert.StartsWith("📝 Đã ghi lý do giữ lại và báo phụ huynh.", recorded.Text);
        Assert.Contains("giữ lại tin nhắn phụ huynh đã gửi giáo viên và đơn xin nghỉ", reason.Text);
        Assert.Contains("vì: Hồ sơ vụ việc bắt nạt đang được nhà trường xử lý.", reason.Text);
        Assert.Empty(await RowsNaming(ParentChat.Key));
        Assert.Empty(await RowsNaming("987654321"));
        Assert.Contains(await RowsNaming("con bị bạn bắt nạt"), row => row.StartsWith("TalkMessages: ", StringComparison.Ordinal));
        var request = Assert.Single(await Bot.Service<IErasureRequests>().AllAsync(CancellationToken.None));
        Assert.Equal("Hồ sơ vụ việc bắt nạt đang được nhà trường xử lý", request.KeptReason);
    }

    [Fact]
    public async Task NoAdminConfirms_TheBotErasesItBeforeTheDeadline()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await Say(Parent, "/xoadulieu");
        Clock.Advance(TimeSpan.FromHours(50));

        var scheduler = await Bot.Service<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(PruneJob.Key);
        var requests = Bot.Service<IErasureRequests>();
        for (var i = 0; i < 100 && (await requests.AllAsync(CancellationToken.None))[0].Status == ErasureStatus.Pending; i++) await Task.Delay(50);

        var request = Assert.Single(await requests.AllAsync(CancellationToken.None));
        Assert.Equal((ErasureStatus.Done, "hạn"), (request.Status, request.DoneBy));
        Assert.True(request.DoneAt < request.Deadline);
        Assert.Empty(Bot.Service<IChatLinks>().ChildrenOf(ParentChat));
        Assert.Empty(await RowsNaming(ParentChat.Key));
    }
}
