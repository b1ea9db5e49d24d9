namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnamesePrivacyTexts : IPrivacyTexts
{
    public string Platform(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "zalo" => "Zalo",
        _ => "ứng dụng trò chuyện",
    };

    public string WhereServersAre(string channel) => channel switch
    {
        "telegram" => "(Telegram FZ-LLC, máy chủ đặt ngoài Việt Nam)",
        "zalo" => "(Công ty Cổ phần VNG, máy chủ đặt tại Việt Nam)",
        _ => "(máy của nhà trường)",
    };

    public string AgreeButton => "✅ Đồng ý";

    public string DeclineButton => "Không đồng ý";

    public string WithdrawButton => "Rút lại đồng ý";

    public string ChangedText => "Nhà trường đã cập nhật nội dung dưới đây. Xin phụ huynh đọc và chọn lại trước khi xem tiếp.";

    public string Agreed =>
        "✅ Cảm ơn phụ huynh. Từ nay phụ huynh xem được sổ liên lạc của con: /diem, /chuyencan, /renluyen, /tuan, /thongbao. " +
        "Xem lại hoặc rút lại đồng ý: /dulieu.";

    public string Declined =>
        "Nhà trường đã hủy liên kết của trò chuyện này: không có hồ sơ nào của con được hiển thị hay gửi đến đây. " +
        "Phụ huynh vẫn nhận sổ liên lạc giấy như trước — xin liên hệ giáo viên chủ nhiệm hoặc văn phòng nhà trường. " +
        "Khi muốn dùng lại: /start.";

    public string Withdrawn =>
        "Đã rút lại đồng ý và hủy liên kết: từ nay không có hồ sơ nào của con được hiển thị hay gửi đến đây. " +
        "Phụ huynh vẫn nhận sổ liên lạc giấy như trước. Khi muốn dùng lại: /start.";

    public string ConsentInForce(string at, string version) => $"Đồng ý xử lý dữ liệu: đã đồng ý lúc {at} (bản {version}).";

    public string NoConsent => "Đồng ý xử lý dữ liệu: chưa đồng ý.";

    public string MyDataHeading => "🔒 Dữ liệu cá nhân của phụ huynh";

    public string YouAre(string name, string relation, string phone, string child) =>
        $"• Phụ huynh: {name} ({relation}) của {child}, số điện thoại trong danh sách của trường: {phone}";

    public string LinkedByCode(string child) => $"• Liên kết với {child} bằng mã kích hoạt của trường (không dùng số điện thoại).";

    public string ThisChat(string platform, string since) => $"• Trò chuyện này: {platform}, liên kết từ {since}";

    public string LeaveRequests(int count) => $"• Đơn xin nghỉ phụ huynh đã gửi: {count}";

    public string TalkMessages(int written, int answers) =>
        $"• Tin nhắn phụ huynh đã gửi giáo viên: {written}; câu trả lời của giáo viên: {answers} (xem bằng /nhangv; ban giám hiệu cũng đọc được)";

    public string WhatIsKept =>
        "Lưu bao lâu: liên kết, cài đặt, đồng ý, tin nhắn và nhật ký truy cập được xóa một năm sau khi con rời trường; " +
        "tin đã gửi được xóa sau 180 ngày. Điểm, chuyên cần, rèn luyện, nhận xét của con là hồ sơ của nhà trường, lưu theo quy định " +
        "(xem bằng /diem, /chuyencan, /renluyen).";

    public string ErasureAcknowledged(string deadline, int backupNights) =>
        $"🗑 Nhà trường đã nhận yêu cầu xóa dữ liệu của phụ huynh và sẽ xóa chậm nhất {deadline}: liên kết, cài đặt, đồng ý, " +
        "đơn xin nghỉ, tin nhắn và nhật ký truy cập của trò chuyện này; sau đó bot không gửi gì đến đây nữa. " +
        "Điểm, chuyên cần, rèn luyện, nhận xét của con và danh sách phụ huynh của trường là hồ sơ của nhà trường, được giữ lại theo quy định. " +
        $"Các bản sao lưu cũ tự hết hạn sau {backupNights} đêm.";

    public string ErasureAlreadyAsked(string deadline) => $"Yêu cầu xóa dữ liệu của phụ huynh đã được ghi nhận; nhà trường sẽ xóa chậm nhất {deadline}.";

    public string ErasureForAdmins(string children, string deadline) =>
        $"🗑 Phụ huynh của {children} yêu cầu xóa dữ liệu cá nhân. Hạn xử lý: {deadline} (quá hạn bot tự xóa). Xác nhận để xóa ngay.";

    public string ErasureConfirmButton => "Xác nhận xóa";

    public string ErasureKeepHint(string command) =>
        $"Nếu nhà trường có căn cứ pháp lý để giữ lại thư từ của phụ huynh (tin nhắn với giáo viên, đơn xin nghỉ), ghi lý do: {command} <lý do>. Phụ huynh sẽ được báo lý do.";

    public string ErasureKeeps(string reason, string deadline) =>
        $"ℹ️ Về yêu cầu xóa dữ liệu: nhà trường giữ lại tin nhắn phụ huynh đã gửi giáo viên và đơn xin nghỉ, không còn gắn với tài khoản trò chuyện này, vì: {reason}. " +
        $"Mọi dữ liệu khác vẫn được xóa chậm nhất {deadline}. Phụ huynh có thể hỏi lại nhà trường về việc này.";

    public string ErasureKeepRecorded => "📝 Đã ghi lý do giữ lại và báo phụ huynh. Bấm «Xác nhận xóa» để xóa phần còn lại ngay (nếu không, bot tự xóa trước hạn).";

    public string ErasureKeepNeedsReason => "Cần ghi lý do: /xoadulieu giulai <mã> <lý do theo quy định>.";

    public string Erased(int records) => $"✅ Đã xóa dữ liệu theo yêu cầu ({records} mục).";

    public string ErasureNotFound => "Không có yêu cầu xóa dữ liệu nào đang chờ với mã này.";

    public string ErasureAdminsOnly => "Chỉ quản trị của trường xác nhận được yêu cầu xóa dữ liệu.";

    public string WhoLooked(string child) => $"Ai đã xem hồ sơ của {child} năm học này:";

    public string NobodyLooked => "• chưa có cán bộ, giáo viên nào xem.";

    public string LookedLine(string who, bool atTheMachine, string what, string last, int hours) =>
        $"• {(atTheMachine ? "Nhà trường (" + who + ", trên máy)" : "Giáo viên " + who)}: {What(what)}, lần gần nhất {last}{(hours > 1 ? $" ({hours} lần)" : "")}";

    private static string What(string what) => what switch
    {
        "lop" => "tổng quan lớp",
        "lichsu" => "lịch sử thay đổi",
        "results" => "kết quả học tập",
        "report" => "sổ liên lạc in",
        "export" => "xuất dữ liệu",
        _ => what,
    };
}
