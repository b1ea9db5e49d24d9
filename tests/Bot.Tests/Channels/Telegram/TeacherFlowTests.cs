using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Fakes.Telegram;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>Teachers keep the book current from the chat; parents see it at once. All through the real client.</summary>
public class TeacherFlowTests : TelegramTestBase
{
    private const long Parent = 7001;
    private const long Homeroom = 7101;
    private const long English = 7102;

    [Fact]
    public async Task HomeroomTeacher_RecordsAnAbsence_AndTheParentIsAlertedAtOnce()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var preview = await Say(Homeroom, "/diemdanh 6A chieu HS0001 K");
        Assert.Contains($"• HS0001 {DemoSchool.FirstStudentName}: K", preview.Text);
        Assert.Contains("Chưa lưu gì", preview.Text);
        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text!.Contains("vắng buổi chiều", StringComparison.Ordinal));

        var saved = await Press(Homeroom, preview, "Xác nhận");
        var alert = await Api.WaitForMessage(Parent);

        Assert.StartsWith("✅ Đã ghi 1 lượt vắng lớp 6A, buổi chiều Thứ Hai 23/11/2026", saved.Text);
        Assert.StartsWith($"⚠️ Thông báo vắng học: em {DemoSchool.FirstStudentName} (lớp 6A) vắng buổi chiều Thứ Hai 23/11/2026, không phép (K).", alert.Text);
        Assert.Contains("• Thứ Hai 23/11/2026, buổi chiều — không phép (K)", (await Say(Parent, "/chuyencan")).Text);
    }

    [Fact]
    public async Task AnAbsenceRecordedByMistake_IsRemoved_AndTheParentIsToldTheChildWasThere()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await Press(Homeroom, await Say(Homeroom, "/diemdanh 6A chieu HS0001 K"), "Xác nhận");
        await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("⚠️ Thông báo vắng học", StringComparison.Ordinal));
        var yearBefore = (await Say(Parent, "/chuyencan")).Text!;
        Assert.Contains("• Thứ Hai 23/11/2026, buổi chiều — không phép (K)", yearBefore);

        var preview = await Say(Homeroom, "/diemdanh 6A chieu HS0001 CM");
        Assert.Contains($"• HS0001 {DemoSchool.FirstStudentName}: K → có mặt", preview.Text);
        var saved = await Press(Homeroom, preview, "Xác nhận");
        var correction = await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("✅ Cập nhật điểm danh", StringComparison.Ordinal));

        Assert.StartsWith("✅ Đã xóa 1 lượt vắng ghi nhầm lớp 6A, buổi chiều Thứ Hai 23/11/2026", saved.Text);
        Assert.StartsWith($"✅ Cập nhật điểm danh: em {DemoSchool.FirstStudentName} (lớp 6A) có mặt buổi chiều Thứ Hai 23/11/2026. Lượt vắng (K) ghi trước đó là nhầm và đã được xóa.", correction.Text);
        Assert.DoesNotContain("buổi chiều — không phép (K)", (await Say(Parent, "/chuyencan")).Text);
        Assert.Contains("K → có mặt", (await Say(Homeroom, "/lichsu HS0001")).Text);

        // Marked absent again after all: the parents hear it again.
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Press(Homeroom, await Say(Homeroom, "/diemdanh 6A chieu HS0001 K"), "Xác nhận");
        Assert.NotNull(await Api.WaitForMessage(Parent, m => m.Text!.StartsWith("⚠️ Thông báo vắng học", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SubjectTeacher_PostsAColumn_AndTheParentSeesItWithTheNewAverage()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(English, DemoSchool.SubjectTeacherPhone);
        var before = (await Say(Parent, "/diem anh")).Text!;

        var classes = await Say(English, "/nhapdiem");
        var subjects = await Press(English, classes, "6A");
        var columns = await Press(English, subjects, "Tiếng Anh");
        var ask = await Press(English, columns, "ck");
        Assert.Contains("Tiếng Anh — lớp 6A — Học kì I — cột ck", ask.Text);
        Assert.Contains($"1. HS0001 {DemoSchool.FirstStudentName}", ask.Text);

        var preview = await Say(English, "HS0001 10\n2 9,5\nHS0404 7\nHS0003 11\nHS0001 9");
        Assert.Matches(@"• HS0001 .+: [\d,]+ → 10", preview.Text);
        Assert.Contains("• dòng 3 «HS0404 7»: không có học sinh này", preview.Text);
        Assert.Contains("• dòng 4 «HS0003 11»: điểm phải từ 0 đến 10", preview.Text);
        Assert.Contains("• dòng 5 «HS0001 9»: trùng học sinh với dòng 1", preview.Text);
        var saved = await Press(English, preview, "Xác nhận");
        Assert.StartsWith("✅ Đã lưu 2 điểm Tiếng Anh cột ck lớp 6A", saved.Text);

        var after = (await Say(Parent, "/diem anh")).Text!;
        Assert.Contains("Cuối kì: 10", after);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task ATeacherOfAnotherSubject_IsRefused_AndNothingChanges()
    {
        await VerifyTeacher(English, DemoSchool.SubjectTeacherPhone);

        var reply = await Say(English, "/nhapdiem 6A Toán tx1 HS0001 8,5");

        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", reply.Text);
        var attendance = await Say(English, "/diemdanh 6A sang HS0001 K");
        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", attendance.Text);
    }

    [Fact]
    public async Task OneLineScore_IsPreviewed_AndCancelSavesNothing()
    {
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var preview = await Say(Homeroom, "/nhapdiem 6A Toán tx1 HS0001 8,5");
        var cancelled = await Press(Homeroom, preview, "Hủy");
        var again = await Say(Homeroom, "/nhapdiem 6A Toán tx1 HS0001 8,5");

        Assert.Contains("HS0001", preview.Text);
        Assert.Equal("Đã hủy thao tác đang dở.", cancelled.Text);
        Assert.Equal(preview.Text, again.Text);
    }

    [Fact]
    public async Task AParent_CannotUseTeachersCommands()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);

        var reply = await Say(Parent, "/nhapdiem 6A Toán tx1 HS0001 10");

        Assert.StartsWith("Lệnh này dành cho giáo viên.", reply.Text);
    }

    [Fact]
    public async Task LeaveRequest_ReachesTheHomeroomTeacher_AndApprovalRecordsExcusedAbsences()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var sent = await Say(Parent, "/xinnghi 24/11/2026 ca-ngay Con bị sốt");
        var request = await Api.WaitForMessage(Homeroom);
        Assert.StartsWith($"📨 Đã gửi đơn xin nghỉ cho em {DemoSchool.FirstStudentName}: cả ngày Thứ Ba 24/11/2026", sent.Text);
        Assert.Contains("Lý do: Con bị sốt", request.Text);
        Assert.Contains("Đơn xin nghỉ đang chờ duyệt", (await Say(Homeroom, "/donnghi")).Text);

        var decided = await Press(Homeroom, request, "Duyệt");
        var told = await Api.WaitForMessage(Parent);

        Assert.StartsWith("✅ Đã duyệt đơn xin nghỉ", decided.Text);
        Assert.StartsWith("✅ Giáo viên", told.Text);
        var attendance = (await Say(Parent, "/chuyencan")).Text;
        Assert.Contains("• Thứ Ba 24/11/2026, buổi sáng — có phép (P)", attendance);
        Assert.Contains("• Thứ Ba 24/11/2026, buổi chiều — có phép (P)", attendance);
        Assert.Equal("Không có đơn xin nghỉ nào đang chờ.", (await Say(Homeroom, "/donnghi")).Text);
        Assert.Contains("• cả ngày Thứ Ba 24/11/2026 — đã duyệt", (await Say(Parent, "/tuan")).Text);
    }

    [Fact]
    public async Task DeclinedLeave_IsToldToTheParent_AndRecordsNothing()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await Say(Parent, "/xinnghi 25/11/2026 sang Đi du lịch");
        var request = await Api.WaitForMessage(Homeroom);

        await Press(Homeroom, request, "Từ chối");
        var told = await Api.WaitForMessage(Parent);

        Assert.StartsWith("❌ Giáo viên", told.Text);
        Assert.DoesNotContain("25/11/2026", (await Say(Parent, "/chuyencan")).Text);
    }

    [Fact]
    public async Task History_ShowsEveryChange_ToTheHomeroomTeacherOnly()
    {
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await VerifyTeacher(English, DemoSchool.SubjectTeacherPhone);
        await Press(Homeroom, await Say(Homeroom, "/nhapdiem 6A Toán tx1 HS0001 9,5"), "Xác nhận");
        await Press(Homeroom, await Say(Homeroom, "/diemdanh 6A sang HS0001 K"), "Xác nhận");
        await Press(English, await Say(English, "/nhapdiem 6A Anh gk HS0001 9"), "Xác nhận");

        var history = (await Say(Homeroom, "/lichsu HS0001")).Text;
        var refused = (await Say(English, "/lichsu HS0001")).Text;

        Assert.Contains("🗂 Lịch sử thay đổi", history);
        Assert.Matches(@"23/11/2026, .+ \(GV003\) qua telegram: Toán Học kì I tx1: [\d.]+ → 9.5", history);
        Assert.Matches(@"\(GV003\) qua telegram: Vắng 23/11/2026 buổi sáng: P → K", history);
        Assert.Matches(@"\(GV013\) qua telegram: Tiếng Anh Học kì I gk: [\d.]+ → 9", history);
        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", refused);
    }

    [Fact]
    public async Task ClassNotice_ReachesTheParentsWithAnAcknowledgeButton_AndTheTeacherSeesWhoRead()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var preview = await Say(Homeroom, "/guithongbao 6A Họp phụ huynh 8:00 Chủ nhật 29/11 tại phòng 6A");
        Assert.Contains("«Họp phụ huynh 8:00 Chủ nhật 29/11 tại phòng 6A»", preview.Text);
        var sent = await Press(Homeroom, preview, "Xác nhận");
        var notice = await Api.WaitForMessage(Parent);

        Assert.StartsWith("✅ Đã gửi thông báo tới 1 phụ huynh", sent.Text);
        Assert.Contains("Họp phụ huynh 8:00 Chủ nhật 29/11", notice.Text);
        Assert.Contains("đã xem 0/1", (await Say(Homeroom, "/thongbao")).Text);
        var seen = await Press(Parent, notice, "Đã xem");
        Assert.Contains("đã xem thông báo", seen.Text);
        Assert.Contains("đã xem 1/1", (await Say(Homeroom, "/thongbao")).Text);
    }

    [Fact]
    public async Task SchoolNotice_IsForAdminsOnly()
    {
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var reply = await Say(Homeroom, "/guithongbao truong Nghỉ học ngày mai");

        Assert.Equal("Chỉ ban giám hiệu/giáo vụ mới được làm việc này.", reply.Text);
    }

    [Fact]
    public async Task TimedNotice_WaitsForItsTime()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var preview = await Say(Homeroom, "/guithongbao 6A 23/11/2026 17:00 Nhớ mang áo khoác");
        var scheduled = await Press(Homeroom, preview, "Xác nhận");
        Assert.Equal("🕒 Đã hẹn gửi thông báo lúc 17:00 ngày 23/11/2026.", scheduled.Text);
        await Api.WaitUntilIdle();
        Assert.DoesNotContain(Api.SentTo(Parent), m => m.Text!.Contains("áo khoác", StringComparison.Ordinal));

        Clock.Advance(TimeSpan.FromHours(8));
        await Bot.Service<SoLienLac.Bot.Conversations.Notices.DueNoticePublisher>().PublishDueAsync(CancellationToken.None);
        var notice = await Api.WaitForMessage(Parent, m => m.Text!.Contains("áo khoác", StringComparison.Ordinal));
        Assert.StartsWith("📢 Thông báo (lớp 6A)", notice.Text);
    }

    [Fact]
    public async Task HomeroomTeacher_SetsConductAndWritesARemark_TheParentSeesBoth()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var level = await Say(Homeroom, "/renluyen HS0001 hk2 Khá");
        Assert.Contains("Rèn luyện Học kì II của em", level.Text);
        await Press(Homeroom, level, "Xác nhận");
        var remark = await Say(Homeroom, "/renluyen HS0001 nx Em cần tập trung hơn trong giờ Toán.");
        await Press(Homeroom, remark, "Xác nhận");

        var seen = (await Say(Parent, "/renluyen")).Text;
        Assert.Contains("Học kì II: Khá", seen);
        Assert.Contains("Em cần tập trung hơn trong giờ Toán.", seen);
        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", (await Say(Homeroom, "/renluyen HS0040 hk1 Tốt")).Text);
    }

    [Fact]
    public async Task RollCall_ByButtonsOnTheClassList_AddsEachPressToTheBatch()
    {
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);

        var list = await Say(Homeroom, "/diemdanh 6A chieu");
        Assert.Contains("Danh sách lớp:", list.Text);
        var rows = list.ReplyMarkup!["inline_keyboard"]!.AsArray();
        Api.PressButton(Homeroom, Homeroom, (string)rows[1]![1]!["callback_data"]!, list.MessageId);
        await Api.WaitForMessage(Homeroom);
        Api.PressButton(Homeroom, Homeroom, (string)rows[2]![0]!["callback_data"]!, list.MessageId);
        var preview = await Api.WaitForMessage(Homeroom);

        Assert.Matches(@"• HS0002 .+: P", preview.Text);
        Assert.Matches(@"• HS0003 .+: K", preview.Text);
        Assert.StartsWith("✅ Đã ghi 2 lượt vắng lớp 6A", (await Press(Homeroom, preview, "Xác nhận")).Text);
    }

    [Fact]
    public async Task ClassOverview_ListsTheStudentsWithTheirNumbersAndAbsences()
    {
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await VerifyTeacher(English, DemoSchool.SubjectTeacherPhone);

        var homeroom = (await Say(Homeroom, "/lop 6A")).Text;
        var english = (await Say(English, "/lop 6A")).Text;

        Assert.StartsWith("🏫 Lớp 6A — Học kì I, năm học 2026-2027", homeroom);
        Assert.Matches($@"\n1\. HS0001 {DemoSchool.FirstStudentName} — vắng \d+ \(K \d+\) — học tập: ", homeroom);
        Assert.Matches(@"\n1\. HS0001 .+ — Tiếng Anh: \d+,\d", english);
        Assert.DoesNotContain("học tập:", english);
        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", (await Say(English, "/lop 7A")).Text);
    }

    [Fact]
    public async Task HomeroomTeacher_GetsThePrintableBookAsAPdf()
    {
        await VerifyTeacher(Homeroom, DemoSchool.HomeroomTeacherPhone);
        await VerifyTeacher(English, DemoSchool.SubjectTeacherPhone);

        Api.SendText(Homeroom, Homeroom, "/inso 6A");
        var document = await Api.WaitForMessage(Homeroom, m => m.DocumentName is not null, TimeSpan.FromSeconds(30));

        Assert.Equal("so-lien-lac-6A-hk1.pdf", document.DocumentName);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(document.DocumentBytes!, 0, 4));
        Assert.Contains("35 trang", document.Text);
        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", (await Say(English, "/inso 6A")).Text);
    }
}
