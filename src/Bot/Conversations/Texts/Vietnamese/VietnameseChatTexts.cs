using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseChatTexts : IChatTexts
{
    public string SomethingWentWrong =>
        "Xin lỗi, hệ thống đang gặp sự cố nên chưa trả lời được. Bạn vui lòng thử lại sau ít phút.";

    public string PrivateOnly =>
        "Vì lý do bảo mật, sổ liên lạc chỉ trả lời trong tin nhắn riêng. Bạn hãy nhắn riêng cho bot nhé.";

    public string TooManyMessages(int limit) =>
        $"Bạn đang gửi quá nhiều tin nhắn (hơn {limit} tin trong một phút). Để bot kịp trả lời mọi phụ huynh và thầy cô, " +
        "bot tạm dừng trả lời cuộc trò chuyện này trong một phút. Bạn vui lòng đợi một chút rồi gửi lại nhé.";

    public string DocumentNotExpected => "Bot chưa cần tệp nào lúc này. Gõ /trogiup để xem các lệnh.";

    public string UpdatedAt(string? moment) => moment is null ? "🕒 Nhà trường chưa nhập mục này lần nào." : $"🕒 Cập nhật {moment}";

    public string NotVerified => "Bạn chưa xác minh là phụ huynh. Gõ /start để bắt đầu (chỉ mất một phút).";

    public string ChooseChild => "Bạn muốn xem thông tin của con nào?";

    public string Selected(Student child) => $"Đang xem: {Describe(child)}.";

    public string OfferExpired(string key) =>
        $"Lựa chọn «{key}» đã hết hạn. Bạn hãy gõ lại lệnh để có lựa chọn mới (gõ /trogiup để xem các lệnh).";

    public string NothingToCancel => "Không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.";

    public string Cancelled => "Đã hủy thao tác đang dở.";

    public string UnknownCommand(string name) => $"Không có lệnh /{name}. Gõ /trogiup để xem các lệnh.";

    public string NotUnderstood(bool isParent, bool isTeacher) => isParent || isTeacher
        ? "Bot chưa hiểu ý bạn. Bạn có thể gõ «điểm», «điểm toán», «chuyên cần», «rèn luyện», «thông báo», hoặc /trogiup."
        : "Bot chưa hiểu ý bạn. Gõ /start để xác minh phụ huynh, hoặc /trogiup để xem hướng dẫn.";

    public string Describe(Student child) => Child(child);

    public string HelpTitle => "Sổ liên lạc điện tử — các lệnh bạn dùng được:";

    public string HelpLine(CommandInfo command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return $"/{command.Name} — {command.Vietnamese}";
    }

    public string HelpNotVerified => "Bạn chưa xác minh: gõ /start để liên kết với con.";

    public string HelpFreeText => "Có thể gõ tự nhiên, không cần dấu: «diem toan», «chuyen can», «thong bao».";

    public string HelpInFlow => "Bạn đang làm dở một thao tác: trả lời tiếp, hoặc gõ /huy để dừng.";

    public string UnlinkWhich =>
        "Bạn muốn hủy liên kết với con nào? Sau khi hủy, bạn sẽ không nhận được tin nào về con nữa (có thể /start để liên kết lại).";

    public string UnlinkButton(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Hủy liên kết {child.FullName}";
    }

    public string UnlinkAllButton => "Hủy liên kết tất cả";

    public string AllChildren => "tất cả các con";

    public string Unlinked(string names, bool several) =>
        $"Đã hủy liên kết ({names}). Bạn sẽ không nhận thêm tin nhắn nào về {(several ? "các con" : "con")}. Gõ /start nếu muốn liên kết lại.";

    /// <summary>"Lê Quỳnh Hằng (lớp 6A, mã HS0001)": shared by every Vietnamese area that names a child.</summary>
    internal static string Child(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var name = $"{child.FullName} (lớp {child.ClassName}, mã {child.Code})";
        return child.LeftOn is { } left ? $"{name} — {child.Status.Vietnamese().ToLowerInvariant()} từ {VietnameseFormat.Date(left)}" : name;
    }
}
