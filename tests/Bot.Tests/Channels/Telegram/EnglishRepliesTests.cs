using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// A Telegram user whose app is in English is answered in English — and so are the messages the bot
/// sends that chat on its own; everyone else reads exactly the Vietnamese they always did.
/// </summary>
public sealed class EnglishRepliesTests : TelegramTestBase
{
    private const long Father = 8801;
    private const long Mother = 8802;
    private const long Homeroom = 8803;
    private const string Name = DemoSchool.FirstStudentName;

    private async Task FatherInEnglish()
    {
        Api.SetLanguage(Father, "en");
        await VerifyByPhone(Father, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
    }

    [Fact]
    public async Task AnEnglishUser_IsWelcomedAskedAndVerifiedInEnglish()
    {
        Api.SetLanguage(Father, "en");

        var start = await Say(Father, "/start");
        var proof = await Say(Father, DemoSchool.FirstStudentCode);
        var linked = await ShareOwnPhone(Father, DemoSchool.FirstParentPhone);

        Assert.StartsWith("Welcome to the school's electronic contact book.\nParents: please type your child's student code", start.Text);
        Assert.Equal("📱 Share my phone number", (string?)start.ReplyMarkup!["keyboard"]![0]![0]!["text"]);
        Assert.StartsWith("Code: HS0001. To verify, press «Share my phone number»", proof.Text);
        Assert.Equal($"Verified. You are now linked with: {Name} (class 6A, code HS0001).\n" +
            "Type /grades for scores, /attendance for attendance, /help for every command.", linked.Text);
    }

    [Fact]
    public async Task Grades_InEnglish_WithDecimalPoints()
    {
        await FatherInEnglish();

        var term = (await Say(Father, "/grades")).Text!;
        var subject = (await Say(Father, "/grades toan")).Text!;

        Assert.StartsWith($"📘 Scores, Term I, school year 2026-2027\n{Name} (class 6A, code HS0001)\n", term);
        var maths = term.Split('\n').Single(l => l.StartsWith("• Toán", StringComparison.Ordinal));
        Assert.Matches(@"^• Toán: regular [\d.]+ · [\d.]+ · [\d.]+ · [\d.]+ \| mid-term [\d.]+ \| final [\d.]+ → average \d+\.\d$", maths);
        Assert.DoesNotContain(",", maths, StringComparison.Ordinal);
        Assert.Contains("\nLearning result, Term I: ", term);
        Assert.EndsWith("One subject in detail: /grades <subject>, for example /grades toan.\n\n🕒 Updated 23/11/2026 09:00", term);
        Assert.StartsWith($"📘 Toán, school year 2026-2027\n{Name} (class 6A, code HS0001)\n\nTerm I:\n  Regular 1: ", subject);
        Assert.Contains("\n  Final: ", subject);
    }

    [Fact]
    public async Task Attendance_InEnglish()
    {
        await FatherInEnglish();

        var reply = (await Say(Father, "/attendance")).Text!;

        Assert.StartsWith($"📅 Attendance, school year 2026-2027\n{Name} (class 6A, code HS0001)\n", reply);
        Assert.Contains("• Monday 23/11/2026, morning — excused (P)", reply);
        Assert.Matches(@"\nWhole year: \d+/45 sessions allowed\.", reply);
        Assert.DoesNotContain("buổi", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN-us")]
    public async Task Help_ForAnEnglishApp_ListsTheEnglishNamesAndDescriptions(string languageCode)
    {
        Api.SetLanguage(Father, languageCode);

        var guest = (await Say(Father, "/help")).Text!;

        Assert.StartsWith("Electronic contact book — the commands you can use:\n/start — Start: verify as a parent\n", guest);
        Assert.Contains("\n/help — Help and the list of commands\n", guest);
        Assert.EndsWith("You are not verified yet: type /start to link with your child.", guest);
        Assert.DoesNotContain("/trogiup", guest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ForAVerifiedEnglishParent_ListsTheParentsCommandsInEnglish()
    {
        await FatherInEnglish();

        var help = (await Say(Father, "/trogiup")).Text!;

        Assert.Contains("\n/grades — Scores this term; /grades <subject>\n", help);
        Assert.Contains("\n/attendance — Attendance: sessions missed\n", help);
        Assert.Contains("\n/leave — Ask leave for your child\n", help);
        Assert.DoesNotContain("/nhapdiem", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoParentsOfOneChild_EachReadsTheirOwnLanguage_TheVietnameseOneExactlyAsBefore()
    {
        await FatherInEnglish();
        var start = await Say(Mother, "/start");
        await Say(Mother, DemoSchool.FirstStudentCode);
        var linked = await ShareOwnPhone(Mother, DemoSchool.SecondParentPhone);
        await Consent(Mother);

        var fatherGrades = (await Say(Father, "/diem")).Text!;
        var motherGrades = (await Say(Mother, "/grades")).Text!;
        var motherHelp = (await Say(Mother, "/help")).Text!;

        Assert.StartsWith("📘 Scores, Term I", fatherGrades);
        Assert.Equal("Chào mừng bạn đến với sổ liên lạc điện tử của nhà trường.\n" +
            "Phụ huynh: hãy nhập mã học sinh của con (ví dụ HS0012, in trên sổ liên lạc hoặc thư của trường).\n" +
            "Giáo viên: hãy bấm nút «Chia sẻ số điện thoại» bên dưới, hoặc nhập mã giáo viên (ví dụ GV003) rồi mã kích hoạt nhà trường cấp.", start.Text);
        Assert.Equal("📱 Chia sẻ số điện thoại", (string?)start.ReplyMarkup!["keyboard"]![0]![0]!["text"]);
        Assert.Equal($"Xác minh thành công. Bạn đã liên kết với: {Name} (lớp 6A, mã HS0001).\n" +
            "Gõ /diem để xem điểm, /chuyencan để xem chuyên cần, /trogiup để xem mọi lệnh.", linked.Text);
        Assert.StartsWith($"📘 Điểm Học kì I, năm học 2026-2027\n{Name} (lớp 6A, mã HS0001)\n", motherGrades);
        Assert.EndsWith("Xem chi tiết một môn: /diem <môn>, ví dụ /diem toán.\n\n🕒 Cập nhật 23/11/2026 09:00", motherGrades);
        Assert.StartsWith("Sổ liên lạc điện tử — các lệnh bạn dùng được:\n/start — Bắt đầu, xác minh phụ huynh\n/diem — Điểm học kì này, /diem <môn> xem một môn\n", motherHelp);
    }

    [Fact]
    public async Task AnAbsenceAlert_ReachesEachParentInTheLanguageOfTheirChat()
    {
        await FatherInEnglish();
        await VerifyByPhone(Mother, DemoSchool.FirstStudentCode, DemoSchool.SecondParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var saved = await Press(Homeroom, await Say(Homeroom, "/diemdanh 6A chieu HS0001 K"), "Xác nhận");
        var toFather = await Api.WaitForMessage(Father, m => m.Text!.StartsWith("⚠️", StringComparison.Ordinal));
        var toMother = await Api.WaitForMessage(Mother, m => m.Text!.StartsWith("⚠️", StringComparison.Ordinal));

        Assert.StartsWith("✅ Đã ghi 1 lượt vắng lớp 6A, buổi chiều Thứ Hai 23/11/2026", saved.Text);
        Assert.StartsWith($"⚠️ Absence: {Name} (class 6A) was absent on Monday 23/11/2026, afternoon, unexcused (K). This school year so far: ", toFather.Text);
        Assert.EndsWith("If this is a mistake, please contact the homeroom teacher. To ask leave for your child: /leave.", toFather.Text);
        Assert.StartsWith($"⚠️ Thông báo vắng học: em {Name} (lớp 6A) vắng buổi chiều Thứ Hai 23/11/2026, không phép (K).", toMother.Text);
    }

    [Fact]
    public async Task ALeaveRequest_GoesToTheTeacherInTheirLanguage_AndTheAnswerBackInTheParents()
    {
        await FatherInEnglish();
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var sent = await Say(Father, "/leave 24/11/2026 all-day Fever");
        var request = await Api.WaitForMessage(Homeroom);
        await Press(Homeroom, request, "Duyệt");
        var told = await Api.WaitForMessage(Father, m => m.Text!.StartsWith('✅'));

        Assert.StartsWith($"📨 The leave request for {Name} was sent: all day Tuesday 24/11/2026. The homeroom teacher will answer here.", sent.Text);
        Assert.StartsWith($"📩 Đơn xin nghỉ: em {Name} (HS0001, lớp 6A), cả ngày Thứ Ba 24/11/2026.\nLý do: Fever", request.Text);
        Assert.EndsWith($"approved the leave request for {Name}: all day Tuesday 24/11/2026 (recorded as excused).", told.Text);
    }

    [Fact]
    public async Task AnEnglishTeacher_TakesTheRollInEnglish_AndTheParentIsAlertedInVietnamese()
    {
        await VerifyByPhone(Mother, DemoSchool.FirstStudentCode, DemoSchool.SecondParentPhone);
        Api.SetLanguage(Homeroom, "en");
        await Say(Homeroom, "/start");
        var hello = await ShareOwnPhone(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var preview = await Say(Homeroom, "/absent 6A chieu HS0001 K");
        var saved = await Press(Homeroom, preview, "Confirm");
        var alert = await Api.WaitForMessage(Mother, m => m.Text!.StartsWith("⚠️", StringComparison.Ordinal));

        Assert.EndsWith("You have been verified as a teacher of the school. Type /help to see the commands.", hello.Text);
        Assert.StartsWith($"📝 Preview of the roll call of class 6A, Monday 23/11/2026, afternoon\n• HS0001 {Name}: K", preview.Text);
        Assert.EndsWith("Nothing is saved yet. Press «Confirm» to record it and tell the parents, or «Cancel».", preview.Text);
        Assert.Equal("✅ Recorded 1 absence, class 6A, Monday 23/11/2026, afternoon. The parents have been told.", saved.Text);
        Assert.StartsWith($"⚠️ Thông báo vắng học: em {Name} (lớp 6A)", alert.Text);
    }

    [Fact]
    public async Task TheChatsLanguage_IsRemembered_SoTheWeeklySummaryAfterARestartIsInEnglish()
    {
        await FatherInEnglish();
        await VerifyByPhone(Mother, DemoSchool.FirstStudentCode, DemoSchool.SecondParentPhone);
        await RestartBot();

        await Bot.Service<WeeklySummaries>().ComposeAsync(SchoolWeek.Of(new DateOnly(2026, 11, 23)), CancellationToken.None);
        var toFather = await Api.WaitForMessage(Father, m => m.Text!.StartsWith("📬", StringComparison.Ordinal));
        var toMother = await Api.WaitForMessage(Mother, m => m.Text!.StartsWith("📬", StringComparison.Ordinal));

        Assert.StartsWith($"📬 The contact book's weekly summary\n🗓 Week 23/11/2026 – 29/11/2026\n{Name} (class 6A, code HS0001)\n", toFather.Text);
        Assert.Contains("• Monday 23/11/2026, morning — excused (P)", toFather.Text);
        Assert.StartsWith("📬 Tóm tắt tuần của sổ liên lạc\n🗓 Tuần 23/11/2026 – 29/11/2026", toMother.Text);
    }

    [Fact]
    public async Task AnAppThatSaysNoLanguage_ReadsTheSchoolsDefault_AndAnotherLanguageReadsVietnamese()
    {
        Api.SetLanguage(Father, null);
        Api.SetLanguage(Mother, "fr");
        Api.SetLanguage(Homeroom, "en");

        var unknown = (await Say(Father, "/help")).Text!;
        var french = (await Say(Mother, "/help")).Text!;
        var english = (await Say(Homeroom, "/help")).Text!;

        Assert.StartsWith("Sổ liên lạc điện tử — các lệnh bạn dùng được:", unknown);
        Assert.StartsWith("Sổ liên lạc điện tử — các lệnh bạn dùng được:", french);
        Assert.StartsWith("Electronic contact book — the commands you can use:", english);
    }
}
