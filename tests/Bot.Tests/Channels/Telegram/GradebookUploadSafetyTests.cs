using System.Text;
using MiniExcelLibs;
using SoLienLac.Bot.Demo;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Fakes.Telegram;
using SoLienLac.Bot.Tests.Support;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Tests.Channels.Telegram;

/// <summary>
/// A gradebook sent in the chat is someone else's file: a bomb, a lie about its size, a cell of a
/// million letters or a broken workbook gets a short refusal naming the file the teacher sent, and
/// nothing is kept; a file waiting for «Xác nhận» is not kept after the teacher leaves that step.
/// </summary>
public sealed class GradebookUploadSafetyTests : TelegramTestBase
{
    private const long English = 7302;

    private static readonly ChatAddress Chat = new("telegram", English.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private bool FileKept => Bot.Service<Domain.Chats.IPendingFiles>().TakeAsync(Chat, CancellationToken.None).GetAwaiter().GetResult() is not null;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Say(English, "/start");
        await ShareOwnPhone(English, DemoSchool.SubjectTeacherPhone);
    }

    private async Task<SentMessage> Send(string name, byte[] bytes)
    {
        Api.SendDocument(English, English, name, bytes);
        return await Api.WaitForMessage(English);
    }

    private static byte[] ValidGradebook()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[] { new Dictionary<string, object> { ["student_code"] = "HS0001", ["subject"] = "Tiếng Anh", ["term"] = 1, ["kind"] = "ck", ["score"] = 9.5 } });
        return stream.ToArray();
    }

    /// <summary>Header and enough rows to pass 2 MB: what a teacher may really send by mistake.</summary>
    private static byte[] ThreeMegabyteCsv()
    {
        var text = new StringBuilder("student_code,subject,term,kind,score\n");
        while (text.Length < 3 * 1024 * 1024) text.Append("HS0001,Tiếng Anh,1,tx,8\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public async Task DecompressionBomb_IsRefusedUnopened_InOneShortMessage()
    {
        var bomb = HandMadeXlsx.WithLongCell(8 * 1024 * 1024);
        Assert.True(bomb.Length < 64 * 1024, "a few kilobytes on the wire");

        var reply = await Send("bom.xlsx", bomb);

        Assert.StartsWith("❌ Tệp bom.xlsx", reply.Text);
        Assert.Contains("bom.xlsx: tệp .xlsx giải nén ra quá lớn", reply.Text);
        Assert.Contains("chưa lưu gì", reply.Text);
        Assert.True(reply.Text!.Length < 1000, $"one short message, not {reply.Text!.Length} characters");
        Assert.False(FileKept);
        await Api.WaitUntilIdle();
        Assert.Equal(reply.MessageId, Api.SentTo(English)[^1].MessageId);
    }

    [Fact]
    public async Task CellOfThousandsOfLetters_IsRefusedByItsLineAndColumn_WithoutRepeatingIt()
    {
        var reply = await Send("dai.xlsx", HandMadeXlsx.WithLongCell(5_000));

        Assert.Contains("dai.xlsx:2: student_code — ô dài quá 1.000 ký tự", reply.Text);
        Assert.DoesNotContain("AAAAAAAAAA", reply.Text);
        Assert.False(FileKept);
    }

    [Fact]
    public async Task BadValueQuotedInAnError_IsShortened()
    {
        var reply = await Send("ma-dai.xlsx", HandMadeXlsx.WithLongCell(900));

        Assert.Contains("ma-dai.xlsx:2: student_code \"AAAAAAAAAA", reply.Text);
        Assert.Contains("…\" không phải mã học sinh hợp lệ", reply.Text);
        Assert.True(reply.Text!.Length < 400, $"the value is not repeated whole ({reply.Text!.Length} characters)");
    }

    [Fact]
    public async Task VeryLongFileName_IsShortenedInTheReply()
    {
        var name = new string('x', 3_000) + ".xlsx";

        var reply = await Send(name, HandMadeXlsx.WithLongCell(900));

        Assert.True(reply.Text!.Length < 1_000, $"the name is not repeated whole ({reply.Text!.Length} characters)");
        Assert.Contains("xxxxxxxxxx…", reply.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1_000L)]
    public async Task FileOverTwoMegabytes_IsRefused_WhateverSizeItDeclares(long? declared)
    {
        Api.SendDocumentDeclaring(English, English, "ca-truong.csv", ThreeMegabyteCsv(), declared);
        var reply = await Api.WaitForMessage(English);

        Assert.StartsWith("Tệp ca-truong.csv lớn quá 2 MB.", reply.Text);
        Assert.False(FileKept);
    }

    [Fact]
    public async Task BrokenWorkbook_IsNamedByTheFileTheTeacherSent_NeverByAServerPath()
    {
        var reply = await Send("hong.xlsx", HandMadeXlsx.CutOff());

        Assert.Contains("hong.xlsx: không đọc được tệp", reply.Text);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), reply.Text);
        Assert.DoesNotContain("solienlac-", reply.Text);
    }

    [Fact]
    public async Task NotAWorkbookAtAll_IsNamedAsUnreadable()
    {
        var reply = await Send("anh.xlsx", Encoding.UTF8.GetBytes("đây không phải bảng tính"));

        Assert.Contains("anh.xlsx: không đọc được tệp", reply.Text);
    }

    [Theory]
    [InlineData("Hủy")]
    [InlineData("/lop 6A")]
    public async Task FileWaitingForConfirm_IsDeleted_WhenTheTeacherLeavesThatStep(string leave)
    {
        var preview = await Send("bang-diem.xlsx", ValidGradebook());
        Assert.StartsWith("📝 Xem trước bảng điểm bang-diem.xlsx", preview.Text);
        Assert.True(FileKept);

        if (leave == "Hủy") await Press(English, preview, leave);
        else await Say(English, leave);

        Assert.False(FileKept);
        Assert.Equal("Không có thay đổi nào đang chờ xác nhận.", (await Press(English, preview, "Xác nhận")).Text);
    }
}
