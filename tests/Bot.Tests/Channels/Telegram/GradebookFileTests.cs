using MiniExcelLibs;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Tests.Fakes.Telegram;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>A teacher sends the spreadsheet they keep; the bot checks it, previews it, and saves on «Xác nhận».</summary>
public class GradebookFileTests : TelegramTestBase
{
    private const long English = 7202;
    private const long Parent = 7201;

    private static byte[] Xlsx(IEnumerable<object> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    private static Dictionary<string, object> Row(string code, string subject, string kind, object score) =>
        new Dictionary<string, object> { ["student_code"] = code, ["subject"] = subject, ["term"] = 1, ["kind"] = kind, ["score"] = score };

    private async Task<SentMessage> Send(string name, byte[] bytes)
    {
        Api.SendDocument(English, English, name, bytes);
        return await Api.WaitForMessage(English);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Say(English, "/start");
        await ShareOwnPhone(English, DemoSchool.SubjectTeacherPhone);
    }

    [Fact]
    public async Task ValidGradebook_IsPreviewed_ThenSavedOnConfirm_AndTheParentSeesIt()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);
        var file = Xlsx([Row("HS0001", "Tiếng Anh", "ck", 10.0), Row("HS0002", "Tiếng Anh", "ck", 9.5)]);

        var preview = await Send("bang-diem-6A.xlsx", file);
        Assert.StartsWith("📝 Xem trước bảng điểm bang-diem-6A.xlsx: 2 dòng — 0 điểm mới, 2 điểm sửa", preview.Text);
        Assert.Matches(@"• HS0001 Tiếng Anh Học kì I ck: [\d.]+ → 10", preview.Text);

        var button = preview.ReplyMarkup!["inline_keyboard"]![0]![0]!;
        Api.PressButton(English, English, (string)button["callback_data"]!, preview.MessageId);
        var saved = await Api.WaitForMessage(English);

        Assert.StartsWith("✅ Đã lưu bảng điểm bang-diem-6A.xlsx: 0 điểm mới, 2 điểm sửa.", saved.Text);
        Assert.Contains("Cuối kì: 10", (await Say(Parent, "/diem tieng anh")).Text);
    }

    [Fact]
    public async Task WrongColumns_AreNamed_AndNothingIsSaved()
    {
        var file = Xlsx([new Dictionary<string, object> { ["ma_hs"] = "HS0001", ["diem"] = 8 }]);

        var reply = await Send("sai-cot.xlsx", file);

        Assert.Contains("sai-cot.xlsx:1: student_code — thiếu cột này ở dòng tiêu đề", reply.Text);
        Assert.Contains("chưa lưu gì", reply.Text);
    }

    [Fact]
    public async Task AnotherSubjectsRow_IsRefused_WithItsLine()
    {
        var file = Xlsx([Row("HS0001", "Tiếng Anh", "ck", 9.0), Row("HS0001", "Toán", "ck", 9.0)]);

        var reply = await Send("lan.xlsx", file);

        Assert.Contains("lan.xlsx:3: subject \"Toán\" — thầy cô không được phân công môn này ở lớp 6A", reply.Text);
    }

    [Fact]
    public async Task TenThousandRows_AreRefusedWithAClearReply()
    {
        var rows = Enumerable.Range(0, 10_000).Select(i => Row("HS0001", "Tiếng Anh", "tx", 8.0));

        var reply = await Send("qua-lon.xlsx", Xlsx(rows));

        Assert.StartsWith("Tệp qua-lon.xlsx có quá 2.000 dòng.", reply.Text);
    }

    [Fact]
    public async Task AParentsDocument_IsNotTakenAsAGradebook()
    {
        await VerifyByPhone(Parent, DemoSchool.FirstStudentCode, DemoSchool.FirstParentPhone);

        Api.SendDocument(Parent, Parent, "diem.xlsx", Xlsx([Row("HS0001", "Toán", "ck", 10.0)]));
        var reply = await Api.WaitForMessage(Parent);

        Assert.Equal("Bot chưa cần tệp nào lúc này. Gõ /trogiup để xem các lệnh.", reply.Text);
    }
}
