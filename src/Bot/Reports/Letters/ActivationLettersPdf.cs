using QRCoder;
using SkiaSharp;
using SoLienLac.Bot.Reports.ContactBook;
using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Reports.Letters;

/// <summary>
/// Cut-out letters, two to an A4 page: the school, the class, the child (or the teacher and their
/// assignments), the activation code in large type, and how to link on Telegram (with a QR code of
/// the deep link) and on Zalo.
/// </summary>
public static class ActivationLettersPdf
{
    private const float Half = PageCanvas.Height / 2;

    public static byte[] Render(string schoolName, string schoolYear, IReadOnlyList<ActivationLetter> letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = $"Mã kích hoạt sổ liên lạc — {schoolName}", Creator = "SoLienLac" }))
        using (var text = new PdfText())
        {
            for (var i = 0; i < letters.Count; i += 2)
            {
                var canvas = document.BeginPage(PageCanvas.Width, PageCanvas.Height);
                var page = new PageCanvas(canvas, text);
                Draw(page, canvas, schoolName, schoolYear, letters[i], 0);
                if (i + 1 < letters.Count) Draw(page, canvas, schoolName, schoolYear, letters[i + 1], Half);
                page.Dots(PageCanvas.Left, PageCanvas.Right, Half);
                page.Write("✂ cắt theo đường chấm", PageCanvas.Right, Half - 3, 7, color: PageCanvas.Hint, align: SKTextAlign.Right);
                document.EndPage();
            }
            document.Close();
        }
        return output.ToArray();
    }

    private static void Draw(PageCanvas page, SKCanvas canvas, string school, string year, ActivationLetter letter, float top)
    {
        const float left = PageCanvas.Left;
        var y = top + 48;
        page.Write(school.ToUpperInvariant(), left, y, 11, bold: true);
        page.Write($"Năm học {year}", PageCanvas.Right, y, 10, align: SKTextAlign.Right);
        y += 30;
        page.Write("THƯ MỜI KẾT NỐI SỔ LIÊN LẠC ĐIỆN TỬ", PageCanvas.Width / 2, y, 15, bold: true, align: SKTextAlign.Center);
        y += 28;
        if (letter.IsTeacher)
        {
            page.Field("Kính gửi thầy/cô", letter.FullName, left, y, 11);
            y += 20;
            page.Field("Phân công", letter.ClassName, left, y, 11);
            y += 20;
            page.Field("Mã giáo viên", letter.HolderCode, left, y, 11);
        }
        else
        {
            page.Field("Kính gửi phụ huynh em", letter.FullName, left, y, 11);
            page.Field("Lớp", letter.ClassName, left + 330, y, 11);
            y += 20;
            page.Field("Mã học sinh", letter.HolderCode, left, y, 11);
        }
        page.Field("Hạn dùng mã", VietnameseFormat.Date(letter.ExpiresOn), left + 330, y, 11);
        y += 34;
        page.Write("Mã kích hoạt:", left, y, 11);
        page.Write(letter.Code, left + 95, y + 4, 24, bold: true);
        y += 26;
        var steps = letter.IsTeacher ? TeacherSteps(letter) : new[]
        {
            letter.TelegramLink is null
                ? "Telegram: tìm bot sổ liên lạc của trường, bấm Bắt đầu (/start), nhập mã học sinh rồi nhập mã kích hoạt."
                : "Telegram: quét mã QR bên phải (hoặc mở đường dẫn bên dưới) rồi bấm Bắt đầu — liên kết xong ngay.",
            "Zalo: tìm tài khoản sổ liên lạc của trường, gửi «/start», nhập mã học sinh rồi nhập mã kích hoạt.",
            "Mã chỉ dùng được một lần. Sau khi liên kết, gõ /diem, /chuyencan, /thongbao để xem; /roi để hủy liên kết.",
        };
        var width = letter.TelegramLink is null ? PageCanvas.ContentWidth : PageCanvas.ContentWidth - 140;
        foreach (var line in steps.SelectMany(s => page.Text.Wrap("• " + s, width, 10)))
        {
            y += 15;
            page.Write(line, left, y, 10);
        }
        if (letter.TelegramLink is { } link)
        {
            y += 18;
            page.Write(link.ToString(), left, y, 9, color: PageCanvas.Hint);
            DrawQr(canvas, link.ToString(), new SKRect(PageCanvas.Right - 120, top + 170, PageCanvas.Right, top + 290));
        }
        page.Write(letter.IsTeacher ? "Nếu cần giúp đỡ, thầy/cô vui lòng liên hệ ban giám hiệu." : "Nếu cần giúp đỡ, phụ huynh vui lòng liên hệ giáo viên chủ nhiệm.",
            left, top + Half - 30, 9, color: PageCanvas.Hint);
    }

    private static string[] TeacherSteps(ActivationLetter letter) =>
    [
        "Zalo: tìm tài khoản sổ liên lạc của trường, gửi «/start», nhập mã giáo viên rồi nhập mã kích hoạt.",
        letter.TelegramLink is null
            ? "Telegram: bấm Bắt đầu (/start) rồi «Chia sẻ số điện thoại» (số nhà trường đã lưu), hoặc nhập mã giáo viên rồi mã kích hoạt."
            : "Telegram: quét mã QR bên phải rồi bấm Bắt đầu — hoặc bấm «Chia sẻ số điện thoại» trong bot.",
        "Mã chỉ dùng được một lần. Sau khi liên kết, gõ /trogiup để xem các lệnh: /nhapdiem, /diemdanh, /guithongbao…",
    ];

    private static void DrawQr(SKCanvas canvas, string content, SKRect area)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        using var image = SKImage.FromEncodedData(png);
        canvas.DrawImage(image, area, new SKSamplingOptions(SKFilterMode.Nearest));
    }
}
