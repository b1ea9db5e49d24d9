namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseConsoleTexts : IConsoleTexts
{
    public string Welcome =>
        "SoLienLac — sổ liên lạc điện tử, trò chuyện ngay trên máy (không cần Telegram).\n" +
        "Đóng vai một người của trường mẫu: /as <số điện thoại>, ví dụ /as 0117090459 (bố của em HS0001)\n" +
        "hoặc /as 0140027539 (giáo viên chủ nhiệm lớp 6A). Rồi gõ /start, nhập mã học sinh, và /sdt để\n" +
        "chia sẻ số điện thoại như nút trên Telegram. Gõ số [1], [2]… để bấm nút; /tep <đường dẫn> để gửi một tệp\n" +
        "(bảng điểm .xlsx/.csv). Ctrl+D để thoát.\n";

    public string PhoneHint => "  (gõ /sdt để chia sẻ số điện thoại của bạn)";

    public string NoIdentity => "Bạn đang nhắn với tư cách khách. Chọn một người của trường: /as <số điện thoại>, ví dụ /as 0117090459.";

    public string NotAPhone(string typed) => $"«{typed}» không phải số điện thoại. Ví dụ: /as 0117090459";

    public string Speaking(string phone) => $"Bạn đang nhắn với số {phone}.";

    public string Guardian(string relation, string name, string? child, string student, string? className) =>
        $"• {relation} {name}, phụ huynh em {child} ({student}, lớp {className}).";

    public string Teacher(string name, string code, string assignments) => $"• Giáo viên {name} ({code}): {assignments}.";

    public string NotOnRecord => "Số này không có trong hồ sơ của trường.";

    public string StartHint => "Gõ /start để bắt đầu xác minh, /sdt để chia sẻ số điện thoại này.";

    public string SentTo(string chatId) => $"📨 [gửi tới {chatId}]";

    public string SavedFile(string fileName, int bytes, string path) => $"  [tệp {fileName}, {bytes} byte: {path}]";
}
