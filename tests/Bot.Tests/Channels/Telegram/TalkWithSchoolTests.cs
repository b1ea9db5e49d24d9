using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Guardians;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// Parents and teachers write to each other through the bot, through the real client: neither sees the
/// other's phone or chat; office hours hold a message; a teacher mutes or reports; an admin reads any thread.
/// </summary>
public class TalkWithSchoolTests : TelegramTestBase
{
    private const long Parent = 7701;
    private const long Homeroom = 7801;
    private const long Principal = 7802;
    private const long English = 7803;
    private const string SchoolPhone = "024 3825 1234";

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["School:Phone"] = SchoolPhone };

    private static bool FromFamily(SentMessage m) => m.Text!.StartsWith("✉️ Tin nhắn của phụ huynh", StringComparison.Ordinal);

    private async Task<Guardian> FirstGuardian() =>
        (await Bot.Service<IStudentDirectory>().GuardiansOfAsync(StudentCode.Parse(DemoSchool.FirstStudentCode), default))
            .First(g => g.Phone == PhoneNumber.Parse(DemoSchool.FirstParentPhone));

    [Fact]
    public async Task ParentWrites_TeacherAnswers_EachSeesTheOthersWords_AndNoPhoneOrChatId()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        var guardian = await FirstGuardian();

        var sent = await Say(Parent, "/nhangv Cô ơi, sáng mai con xin đến muộn 15 phút ạ.");
        var received = await Api.WaitForMessage(Homeroom, FromFamily);

        Assert.StartsWith("📨 Đã gửi tới thầy/cô", sent.Text);
        Assert.Contains("giáo viên chủ nhiệm lớp 6A", sent.Text);
        Assert.Contains($"em {DemoSchool.FirstStudentName} (lớp 6A)", received.Text);
        Assert.Contains(guardian.FullName, received.Text);
        Assert.Contains("Cô ơi, sáng mai con xin đến muộn 15 phút ạ.", received.Text);
        Assert.DoesNotContain(DemoSchool.FirstParentPhone, received.Text);
        Assert.DoesNotContain(Parent.ToString(System.Globalization.CultureInfo.InvariantCulture), received.Text + received.ReplyMarkup);

        var thread = await Press(Homeroom, received, "Trả lời");
        var asked = await Api.WaitForMessage(Homeroom);
        Assert.StartsWith("💬 Trao đổi về em", thread.Text);
        Assert.StartsWith($"Nhập câu trả lời cho phụ huynh em {DemoSchool.FirstStudentName} ({guardian.Relation} {guardian.FullName})", asked.Text);
        var replied = await Say(Homeroom, "Cô đã biết, cảm ơn phụ huynh.");
        var answer = await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("✉️", StringComparison.Ordinal));

        Assert.StartsWith("📨 Đã gửi câu trả lời tới phụ huynh em", replied.Text);
        Assert.Contains("trả lời về em", answer.Text);
        Assert.Contains("Cô đã biết, cảm ơn phụ huynh.", answer.Text);
        Assert.DoesNotContain(DemoSchool.HomeroomTeacherPhone, answer.Text);
        Assert.DoesNotContain(Homeroom.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Text + answer.ReplyMarkup);

        // Both read the same thread; the parent writes back with one press.
        var both = (await Say(Parent, "/nhangv")).Text!;
        Assert.Contains("Cô ơi, sáng mai con xin đến muộn 15 phút ạ.", both);
        Assert.Contains("Cô đã biết, cảm ơn phụ huynh.", both);
        await Api.WaitForMessage(Parent, m => m.Text!.Contains("hãy gõ nội dung tin nhắn", StringComparison.Ordinal));
        await Say(Parent, "/huy");
        var again = await Press(Parent, answer, "Nhắn lại");
        Assert.Contains("💬 Trao đổi về em", again.Text);

        // "/traloi" alone answers the last message a family wrote.
        await Say(Parent, "Dạ, con cảm ơn cô.");
        await Api.WaitForMessage(Homeroom, FromFamily);
        await Say(Homeroom, "/traloi Không có gì ạ.");
        Assert.Contains("Không có gì ạ.", (await Api.WaitForMessage(Parent, m => m.Text!.Contains("Không có gì ạ.", StringComparison.Ordinal))).Text);
        Assert.Contains("• Tin nhắn phụ huynh đã gửi giáo viên: 2; câu trả lời của giáo viên: 2", (await Say(Parent, "/dulieu")).Text);
    }

    [Fact]
    public async Task ASubject_ReachesThatSubjectsTeacher_NotTheHomeroomTeacher()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await VerifyTeacher(English, DemoSchool.SubjectTeacherPhone);

        var sent = await Say(Parent, "/nhangv Tiếng Anh Con chưa hiểu bài tập về nhà ạ.");
        var received = await Api.WaitForMessage(English, FromFamily);
        await Api.WaitUntilIdle();

        Assert.Contains("giáo viên môn Tiếng Anh lớp 6A", sent.Text);
        Assert.EndsWith("Con chưa hiểu bài tập về nhà ạ.", received.Text);
        Assert.DoesNotContain(Api.SentTo(Homeroom), FromFamily);
    }

    [Fact]
    public async Task OutsideOfficeHours_TheMessageWaits_AndTheParentIsToldWhenAndTheSchoolsPhone()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        Assert.Contains("06:30–21:00 các ngày học (mặc định)", (await Say(Homeroom, "/caidat")).Text);
        Assert.Contains("07:00–20:00 các ngày học", (await Say(Homeroom, "/caidat gio 07:00-20:00")).Text);
        Assert.StartsWith("Chưa đọc được giờ", (await Say(Homeroom, "/caidat gio 20:00-07:00")).Text);
        Clock.Advance(TimeSpan.FromHours(12)); // Monday 21:00

        var sent = await Say(Parent, "/nhangv Con bị ốm, mai xin nghỉ ạ.");
        await Api.WaitUntilIdle();

        Assert.Contains("nhận tin từ 07:00 đến 20:00 các ngày học", sent.Text);
        Assert.Contains("sẽ được chuyển lúc 07:00 ngày 24/11/2026", sent.Text);
        Assert.Contains(SchoolPhone, sent.Text);
        Assert.DoesNotContain(Api.SentTo(Homeroom), FromFamily);

        Clock.Advance(TimeSpan.FromHours(10)); // Tuesday 07:00
        var received = await Api.WaitForMessage(Homeroom, FromFamily);
        Assert.EndsWith("Con bị ốm, mai xin nghỉ ạ.", received.Text);
    }

    [Fact]
    public async Task AMutedFamily_IsToldPolitely_AndTheTeacherGetsNothing_UntilTheMuteEnds()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await Say(Parent, "/nhangv Tin nhắn thứ nhất.");
        var first = await Api.WaitForMessage(Homeroom, FromFamily);

        var muted = await Press(Homeroom, first, "Tạm ngừng nhận 7 ngày");
        var told = await Say(Parent, "/nhangv Tin nhắn thứ hai.");
        await Api.WaitUntilIdle();

        Assert.StartsWith("🔕 Đã tạm ngừng nhận tin nhắn của gia đình em", muted.Text);
        Assert.Contains("tạm không nhận tin nhắn qua sổ liên lạc đến", told.Text);
        Assert.Contains("Mong phụ huynh thông cảm", told.Text);
        Assert.Contains(SchoolPhone, told.Text);
        Assert.Single(Api.SentTo(Homeroom), FromFamily);

        Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await Say(Parent, "/nhangv Tin nhắn thứ ba.");
        Assert.EndsWith("Tin nhắn thứ ba.", (await Api.WaitForMessage(Homeroom, m => FromFamily(m) && m.Text!.EndsWith("ba.", StringComparison.Ordinal))).Text);
    }

    [Fact]
    public async Task AnAdmin_ReadsAnyThread_AndGetsWhatATeacherReports_AnotherTeacherReadsNone()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await VerifyTeacher(Principal, DemoSchool.PrincipalPhone);
        await VerifyTeacher(English, DemoSchool.SubjectTeacherPhone);
        await Say(Parent, "/nhangv Tin nhắn không lịch sự.");
        var received = await Api.WaitForMessage(Homeroom, FromFamily);

        var reported = await Press(Homeroom, received, "Báo nhà trường");
        var toAdmin = await Api.WaitForMessage(Principal, m => m.Text!.StartsWith("⚠️", StringComparison.Ordinal));
        var list = await Say(Principal, "/hoithoai");
        var thread = await Press(Principal, list, $"{DemoSchool.FirstStudentName} · {(await Bot.Service<Domain.Teachers.ITeacherDirectory>().FindAsync(DemoSchool.HomeroomTeacherCode, default))!.FullName}");
        var refused = await Say(English, $"/hoithoai {DemoSchool.FirstStudentCode} {DemoSchool.HomeroomTeacherCode}");

        Assert.StartsWith("⚠️ Đã chuyển tin nhắn", reported.Text);
        Assert.Contains("«Tin nhắn không lịch sự.»", toAdmin.Text);
        Assert.Contains("Các cuộc trao đổi gần đây trong trường", list.Text);
        Assert.Contains("Tin nhắn không lịch sự.", thread.Text);
        Assert.Equal("Tin nhắn này không gửi cho thầy/cô, nên thầy/cô không trả lời hay xử lý được.", refused.Text);
        Assert.Equal("Chưa có cuộc trao đổi nào với phụ huynh.", (await Say(English, "/hoithoai")).Text);
        // Every reading is in the access log: the homeroom teacher as the one written to, the principal as reader.
        var log = (await Say(Parent, "/dulieu")).Text!;
        Assert.Contains((await Bot.Service<Domain.Teachers.ITeacherDirectory>().FindAsync(DemoSchool.PrincipalCode, default))!.FullName, log);
    }

    [Fact]
    public async Task EveryRecordPage_SaysWhenItWasLastUpdated()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        Clock.Advance(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(20)); // 14:20
        await Press(Homeroom, await Say(Homeroom, "/diemdanh 6A chieu HS0001 K"), "Xác nhận");

        var attendance = (await Say(Parent, "/chuyencan")).Text!;
        var week = (await Say(Parent, "/tuan")).Text!;
        var grades = (await Say(Parent, "/diem")).Text!;

        Assert.EndsWith("🕒 Cập nhật 23/11/2026 14:20", attendance);
        Assert.EndsWith("🕒 Cập nhật 23/11/2026 14:20", week);
        Assert.Matches(@"🕒 (Cập nhật \d\d/\d\d/\d{4} \d\d:\d\d|Nhà trường chưa nhập mục này lần nào\.)$", grades);
    }
}
