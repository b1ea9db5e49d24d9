using SoLienLac.Bot.Demo;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Fakes.Zalo;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Tests.Channels.Zalo;

/// <summary>
/// Teachers on Zalo, which cannot share a phone: they link with the code the school issued them
/// (<c>codes --teacher</c>), then record absences and scores by numbered options, and parents hear at once.
/// </summary>
public sealed class ZaloTeacherTests : IAsyncLifetime, IDisposable
{
    private const string Parent = "zalo-parent";
    private const string Homeroom = "zalo-homeroom";
    private const string English = "zalo-english";
    private readonly TempDirectory _dir = new();
    private readonly ManualClock _clock = new();
    private readonly Dictionary<string, string> _codes = [];
    private FakeZaloApi _api = null!;
    private ZaloBotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        var db = DemoDatabase.CopyTo(_dir);
        var cli = new CliRun(db);
        var file = _dir.File("giao-vien.csv");
        var issued = await cli.Run("codes", "--teacher", "all", "--out", file);
        Assert.Equal(0, issued.ExitCode);
        foreach (var row in File.ReadAllLines(file).Skip(1)) _codes[row.Split(',')[0]] = row.Split(',')[^2];
        using (var store = SchoolDatabase.Open(db))
        {
            var (code, record) = ActivationCode.Issue(StudentCode.Parse(DemoSchool.FirstStudentCode), new DateOnly(2027, 7, 31));
            new LiteDbActivationCodes(store).Save(record);
            _codes[DemoSchool.FirstStudentCode] = code;
        }
        _api = await FakeZaloApi.StartAsync();
        _bot = await ZaloBotUnderTest.StartAsync(_api, db, _clock);
        await _api.WaitUntilPolling();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
    }

    public void Dispose() => _dir.Dispose();

    private async Task<string> Say(string chat, string text)
    {
        _api.SendText(chat, chat + "-user", text);
        return (await _api.WaitForMessage(chat)).Text ?? "";
    }

    private async Task<string> Link(string chat, string holder)
    {
        await Say(chat, "/start");
        await Say(chat, holder);
        var linked = await Say(chat, _codes[holder]);
        if (holder.StartsWith("HS", StringComparison.Ordinal))
        {
            // A parent answers the consent that follows, by the number of "✅ Đồng ý".
            var consent = (await _api.WaitForMessage(chat)).Text ?? "";
            Assert.StartsWith("✅ Cảm ơn phụ huynh", await Say(chat, Option(consent, "✅ Đồng ý")));
        }
        return linked;
    }

    /// <summary>The number of the option with this label in a reply that offers numbered options.</summary>
    private static string Option(string reply, string label)
    {
        var line = reply.Split('\n').First(l => l.EndsWith(". " + label, StringComparison.Ordinal) || l.Contains(". " + label + " ", StringComparison.Ordinal));
        return line[..line.IndexOf('.', StringComparison.Ordinal)];
    }

    [Fact]
    public async Task ATeacher_LinksWithTheSchoolsCode_AndIsToldWhoTheyAre()
    {
        await Say(Homeroom, "/start");
        Assert.Contains("Mã: GV003", await Say(Homeroom, "gv003"));

        var linked = await Say(Homeroom, _codes[DemoSchool.HomeroomTeacherCode].ToLowerInvariant());

        Assert.StartsWith("Xin chào thầy/cô", linked);
        Assert.Contains("xác minh là giáo viên", linked);
        var classes = await Say(Homeroom, "/lop");
        Assert.Contains("Lớp 6A", await Say(Homeroom, Option(classes, "6A")));
    }

    [Fact]
    public async Task ATeachersCode_WorksOnce_AndNeverLinksAChild()
    {
        Assert.StartsWith("Xin chào thầy/cô", await Link(Homeroom, DemoSchool.HomeroomTeacherCode));

        var again = await Link("zalo-someone", DemoSchool.HomeroomTeacherCode);
        await Say("zalo-other", "/start");
        await Say("zalo-other", DemoSchool.FirstStudentCode);
        var asChild = await Say("zalo-other", _codes[DemoSchool.SubjectTeacherCode]);

        Assert.StartsWith("Mã kích hoạt này đã được dùng hoặc đã hết hạn", again);
        Assert.StartsWith("Thông tin chưa khớp với hồ sơ của nhà trường", asChild);
        Assert.Contains("chưa xác minh", await Say("zalo-other", "/diem"));
    }

    [Fact]
    public async Task HomeroomTeacher_RecordsAnAbsenceByNumbers_AndTheParentOnZaloIsAlertedAtOnce()
    {
        Assert.StartsWith("Xác minh thành công", await Link(Parent, DemoSchool.FirstStudentCode));
        await Link(Homeroom, DemoSchool.HomeroomTeacherCode);

        var preview = await Say(Homeroom, "/diemdanh 6A chieu HS0001 K");
        Assert.Contains($"• HS0001 {DemoSchool.FirstStudentName}: K", preview);
        Assert.Contains("Trả lời bằng số:", preview);
        var saved = await Say(Homeroom, Option(preview, "Xác nhận"));
        var alert = await _api.WaitForMessage(Parent);

        Assert.StartsWith("✅ Đã ghi 1 lượt vắng lớp 6A, buổi chiều Thứ Hai 23/11/2026", saved);
        Assert.StartsWith($"⚠️ Thông báo vắng học: em {DemoSchool.FirstStudentName} (lớp 6A) vắng buổi chiều Thứ Hai 23/11/2026, không phép (K).", alert.Text);
    }

    [Fact]
    public async Task SubjectTeacher_PostsAColumnThroughNumberedOptions_AndTheParentSeesIt()
    {
        await Link(Parent, DemoSchool.FirstStudentCode);
        await Link(English, DemoSchool.SubjectTeacherCode);

        var classes = await Say(English, "/nhapdiem");
        var subjects = await Say(English, Option(classes, "6A"));
        var columns = await Say(English, Option(subjects, "Tiếng Anh"));
        var ask = await Say(English, Option(columns, "ck"));
        Assert.Contains("Tiếng Anh — lớp 6A — Học kì I — cột ck", ask);
        var preview = await Say(English, "HS0001 10");
        var saved = await Say(English, Option(preview, "Xác nhận"));

        Assert.StartsWith("✅ Đã lưu 1 điểm Tiếng Anh cột ck lớp 6A", saved);
        Assert.Contains("Cuối kì: 10", await Say(Parent, "/diem anh"));
    }

    [Fact]
    public async Task ATeacherOfAnotherSubject_IsRefusedOnZaloToo()
    {
        await Link(English, DemoSchool.SubjectTeacherCode);

        var reply = await Say(English, "/nhapdiem 6A Toán tx1 HS0001 8,5");

        Assert.Equal("Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.", reply);
    }

    [Fact]
    public async Task ALeaveRequestArrivingMidPreview_DoesNotTakeTheNumbersTheTeacherIsAnswering()
    {
        await Link(Homeroom, DemoSchool.HomeroomTeacherCode);
        await Link(Parent, DemoSchool.FirstStudentCode);
        var preview = await Say(Homeroom, "/nhapdiem 6A Toán tx1 HS0001 9");
        Assert.Contains("1. Xác nhận", preview);

        // While the teacher reads the preview, a leave request reaches them, with choices of its own.
        _api.SendText(Parent, Parent + "-user", "/xinnghi 24/11/2026 sang Con bị sốt");
        var request = await _api.WaitForMessage(Homeroom, m => m.Text!.StartsWith("📩 Đơn xin nghỉ", StringComparison.Ordinal));
        Assert.Contains("Trả lời bằng chữ:\nA. Duyệt\nB. Từ chối", request.Text);

        var saved = await Say(Homeroom, "1");

        Assert.StartsWith("✅ Đã lưu 1 điểm Toán cột tx1 lớp 6A", saved);
        var leave = _bot.Service<Domain.Attendance.ILeaveRequests>().OfStudents([StudentCode.Parse(DemoSchool.FirstStudentCode)]).SelectMany(g => g).Single();
        Assert.Equal(Domain.Attendance.LeaveStatus.Pending, leave.Status);

        Assert.StartsWith("✅ Đã duyệt đơn xin nghỉ", await Say(Homeroom, "A"));
    }

    [Fact]
    public async Task AnOfferLeftForADay_HasExpired_AndSaysSo()
    {
        await Link(Homeroom, DemoSchool.HomeroomTeacherCode);
        await Say(Homeroom, "/nhapdiem 6A Toán tx1 HS0001 9");

        _clock.Advance(TimeSpan.FromHours(25));

        Assert.StartsWith("Lựa chọn «1» đã hết hạn", await Say(Homeroom, "1"));
    }

    [Fact]
    public async Task OnZalo_AParentWrites_TheTeacherAnswersByLetter_AndAPollIsAnsweredByItsLetter()
    {
        await Link(Parent, DemoSchool.FirstStudentCode);
        await Link(Homeroom, DemoSchool.HomeroomTeacherCode);

        var sent = await Say(Parent, "/nhangv Con xin phép về sớm chiều nay ạ.");
        var received = (await _api.WaitForMessage(Homeroom, m => m.Text!.StartsWith("✉️ Tin nhắn của phụ huynh", StringComparison.Ordinal))).Text!;
        Assert.StartsWith("📨 Đã gửi tới", sent);
        Assert.Contains("Con xin phép về sớm chiều nay ạ.", received);
        Assert.DoesNotContain(Parent, received);

        await Say(Homeroom, Option(received, "Trả lời"));
        await _api.WaitForMessage(Homeroom, m => m.Text!.StartsWith("Nhập câu trả lời", StringComparison.Ordinal));
        Assert.StartsWith("📨 Đã gửi câu trả lời", await Say(Homeroom, "Cô đồng ý, phụ huynh đón con lúc 15:00."));
        var answer = (await _api.WaitForMessage(Parent, m => m.Text!.StartsWith("✉️", StringComparison.Ordinal))).Text!;
        Assert.Contains("Cô đồng ý, phụ huynh đón con lúc 15:00.", answer);
        Assert.DoesNotContain(Homeroom, answer);

        Assert.StartsWith("📋 Đã gửi khảo sát", await Say(Homeroom, "/khaosat 6A Họp phụ huynh tối thứ Sáu? | Dự được | Không dự được"));
        var poll = (await _api.WaitForMessage(Parent, m => m.Text!.Contains("📋 Khảo sát", StringComparison.Ordinal))).Text!;
        Assert.StartsWith("✅ Đã ghi câu trả lời «Không dự được»", await Say(Parent, Option(poll, "Không dự được")));
    }
}
