namespace SoLienLac.Bot.Channels.Console;

/// <summary>What the local chat itself says, in Vietnamese (the conversation's own texts are in the catalogues, Conversations/Texts).</summary>
public static class ConsoleTexts
{
    public const string Welcome =
        "SoLienLac — sổ liên lạc điện tử, trò chuyện ngay trên máy (không cần Telegram).\n" +
        "Đóng vai một người của trường mẫu: /as <số điện thoại>, ví dụ /as 0117090459 (bố của em HS0001)\n" +
        "hoặc /as 0140027539 (giáo viên chủ nhiệm lớp 6A). Rồi gõ /start, nhập mã học sinh, và /sdt để\n" +
        "chia sẻ số điện thoại như nút trên Telegram. Gõ số [1], [2]… để bấm nút; /tep <đường dẫn> để gửi một tệp\n" +
        "(bảng điểm .xlsx/.csv). Ctrl+D để thoát.\n";

    public const string PhoneHint = "  (gõ /sdt để chia sẻ số điện thoại của bạn)";

    public const string NoIdentity =
        "Bạn đang nhắn với tư cách khách. Chọn một người của trường: /as <số điện thoại>, ví dụ /as 0117090459.";
}
