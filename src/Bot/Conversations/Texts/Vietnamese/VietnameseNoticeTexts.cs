using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseNoticeTexts : INoticeTexts
{
    public string Audience(ClassName? className) => className is { } c ? $"lớp {c}" : "toàn trường";

    public string Urgent => " — KHẨN";

    public string NoneForClass(ClassName className) => $"📢 Chưa có thông báo nào cho lớp {className}.";

    public string ListHeading(ClassName className) => $"📢 Thông báo cho lớp {className}";

    public string SeenMark => " ✓ đã xem";

    public string SeenButton => "Đã xem";

    public string SeenButtonFor(string shortText) => $"Đã xem: {shortText}";

    public string NotFound => "Không tìm thấy thông báo này. Gõ /thongbao để xem các thông báo.";

    public string Acknowledged(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Đã ghi nhận: phụ huynh em {child.FullName} đã xem thông báo. Cảm ơn bạn.";
    }

    public string Message(string audience, bool urgent, Student child, string text)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"📢 Thông báo ({audience}){(urgent ? Urgent : "")}, gửi phụ huynh em {child.FullName}:\n{text}";
    }

    public string SendUsage =>
        "Gõ: /guithongbao <lớp|truong> [ngày giờ] <nội dung>, ví dụ:\n/guithongbao 6A Họp phụ huynh 8:00 Chủ nhật 29/11\n" +
        "/guithongbao truong 28/11/2026 07:00 Trường nghỉ học do bão";

    public string Preview(string audience, string moment, string text) =>
        $"📝 Xem trước thông báo tới phụ huynh {audience}, gửi {moment}:\n«{text}»\n\nBấm «Xác nhận» để gửi, hoặc «Hủy».";

    public string Now => "ngay";

    public string At(DateTimeOffset local) => $"lúc {VietnameseFormat.Moment(local)}";

    public string Waiting => "Thông báo đang chờ: bấm «Xác nhận» để gửi, hoặc /huy.";

    public string Scheduled(DateTimeOffset local) => $"🕒 Đã hẹn gửi thông báo lúc {VietnameseFormat.Moment(local)}.";

    public string Sent(int parents) => $"✅ Đã gửi thông báo tới {parents} phụ huynh đã liên kết. Xem ai đã đọc: /thongbao.";

    public string NoneSent => "Chưa có thông báo nào của các lớp thầy cô phụ trách.";

    public string SentHeading => "📢 Thông báo đã gửi và số phụ huynh đã xem:";

    public string SentLine(string moment, string audience, string text, int seen, int families) => $"• {moment} ({audience}): {text} — đã xem {seen}/{families}";
}
