using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// A homeroom teacher's poll through the real client: every linked family gets it with a button an option,
/// answers once per child (and may change it), the tally names who has not answered, the reminder reaches
/// only them, and a closed poll takes no answer. The results export for the school.
/// </summary>
public class PollTests : TelegramTestBase
{
    private const long Parent = 7901;
    private const long OtherParent = 7902;
    private const long Homeroom = 7951;
    private const long English = 7952;

    private static bool IsPoll(SentMessage m) => m.Text!.Contains("📋 Khảo sát của lớp 6A", StringComparison.Ordinal);

    private async Task<(string Code, string Name, string Phone)> SecondFamily()
    {
        var students = Bot.Service<IStudentDirectory>();
        var second = (await students.InClassAsync(ClassName.Parse(DemoSchool.FirstClass), default))
            .First(s => s.Code.Value != DemoSchool.FirstStudentCode && s.IsStudying);
        var phone = (await students.GuardiansOfAsync(second.Code, default)).First(g => g.Phone is not null).Phone!.Value.National;
        return (second.Code.Value, second.FullName, phone);
    }

    [Fact]
    public async Task APoll_ReachesEveryFamily_TheTallyNamesWhoHasNotAnswered_AndTheReminderReachesOnlyThem()
    {
        var second = await SecondFamily();
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyByPhone(OtherParent, second.Code, second.Phone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var created = await Say(Homeroom, "/khaosat 6A Tham quan ngày 12/12, con có đi không? | Có | Không");
        var asked = await Api.WaitForMessage(Parent, IsPoll);
        var askedOther = await Api.WaitForMessage(OtherParent, IsPoll);
        var id = created.Text!.Split(' ')[5];

        Assert.StartsWith($"📋 Đã gửi khảo sát {id} tới 2 phụ huynh", created.Text);
        Assert.Contains("Tham quan ngày 12/12, con có đi không?", asked.Text);
        Assert.Contains($"Trả lời cho em {DemoSchool.FirstStudentName}", asked.Text);
        Assert.Contains($"Trả lời cho em {second.Name}", askedOther.Text);

        Assert.StartsWith("✅ Đã ghi câu trả lời «Có»", (await Press(Parent, asked, "Có")).Text);
        Assert.StartsWith("✅ Đã ghi câu trả lời «Không»", (await Press(Parent, asked, "Không")).Text);
        var tally = await Say(Homeroom, $"/khaosat xem {id}");

        Assert.Contains("• Có: 0\n• Không: 1\nĐã trả lời: 1/", tally.Text);
        Assert.Contains(second.Name, tally.Text);
        Assert.DoesNotContain(DemoSchool.FirstStudentName, tally.Text);

        var reminded = await Press(Homeroom, tally, "Nhắc phụ huynh chưa trả lời");
        var reminder = await Api.WaitForMessage(OtherParent, m => m.Text!.StartsWith("🔔 Nhắc lại", StringComparison.Ordinal));
        await Api.WaitUntilIdle();

        Assert.Equal("🔔 Đã nhắc 1 phụ huynh chưa trả lời.", reminded.Text);
        Assert.Contains("Tham quan ngày 12/12", reminder.Text);
        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text!.StartsWith("🔔", StringComparison.Ordinal));
        var list = (await Say(Homeroom, "/khaosat")).Text!;
        Assert.Contains($"{id} · lớp 6A · Tham quan ngày 12/12, con có đi không? — 1/", list);
        Assert.Contains("đã trả lời (Có 0, Không 1); chưa trả lời (", list);

        // Closed: the answer that comes late is refused, and the tally no longer offers a reminder.
        await Press(Homeroom, await Say(Homeroom, $"/khaosat xem {id}"), "Đóng khảo sát");
        Assert.Equal("Khảo sát này đã đóng; câu trả lời không được ghi nữa.", (await Press(OtherParent, reminder, "Có")).Text);
        Assert.Contains("· đã đóng", (await Say(Homeroom, $"/khaosat xem {id}")).Text);

        // The school's file: a row a child, the answer where there is one, no phone.
        var file = Dir.File("ketqua.csv");
        var cli = new CliRun(DatabasePath);
        foreach (var (key, value) in Store.Settings()) cli.Settings[key] = value;
        var export = await cli.Run("export", "poll", "--id", id, "--out", file);
        Assert.Equal(0, export.ExitCode);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal("Lớp,Mã học sinh,Họ và tên,Câu trả lời,Thời điểm", lines[0].TrimStart('\uFEFF'));
        Assert.Contains(lines, l => l.StartsWith($"6A,{DemoSchool.FirstStudentCode},{DemoSchool.FirstStudentName},Không,23/11/2026", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == $"6A,{second.Code},{second.Name},,");
        Assert.DoesNotContain(lines, l => l.Contains(DemoSchool.FirstParentPhone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APollThatClosesAtATime_TakesNoAnswerAfterIt_AndOnlyTheHomeroomTeacherMayAskTheClass()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await VerifyTeacher(English, DemoSchool.SubjectTeacherPhone);

        var refused = await Say(English, "/khaosat 6A Câu hỏi? | Có | Không");
        var bad = await Say(Homeroom, "/khaosat 6A Chỉ một lựa chọn | Có");
        await Say(Homeroom, "/khaosat 6A Nộp tiền quỹ lớp? | Đồng ý | Không đồng ý | hạn 23/11/2026 12:00");
        var asked = await Api.WaitForMessage(Parent, IsPoll);
        Clock.Advance(TimeSpan.FromHours(4)); // 13:00

        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", refused.Text);
        Assert.StartsWith("Gửi theo mẫu: /khaosat 6A", bad.Text);
        Assert.Contains("trước 12:00 ngày 23/11/2026", asked.Text);
        Assert.Equal("Khảo sát này đã đóng; câu trả lời không được ghi nữa.", (await Press(Parent, asked, "Đồng ý")).Text);
    }
}
