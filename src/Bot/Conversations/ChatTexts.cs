using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations;

/// <summary>
/// What the bot says, in Vietnamese, in one place. Formatting of records (scores, absences) lives
/// with each command's view; the sentences around them live here.
/// </summary>
public static class ChatTexts
{
    public const string SomethingWentWrong =
        "Xin lỗi, hệ thống đang gặp sự cố nên chưa trả lời được. Bạn vui lòng thử lại sau ít phút.";

    public const string PrivateOnly =
        "Vì lý do bảo mật, sổ liên lạc chỉ trả lời trong tin nhắn riêng. Bạn hãy nhắn riêng cho bot nhé.";

    /// <summary>Said once to a chat that wrote more than <paramref name="limit"/> messages in a minute; then nothing for a minute.</summary>
    public static string TooManyMessages(int limit) =>
        $"Bạn đang gửi quá nhiều tin nhắn (hơn {limit} tin trong một phút). Để bot kịp trả lời mọi phụ huynh và thầy cô, " +
        "bot tạm dừng trả lời cuộc trò chuyện này trong một phút. Bạn vui lòng đợi một chút rồi gửi lại nhé.";

    public const string DocumentNotExpected =
        "Bot chưa cần tệp nào lúc này. Gõ /trogiup để xem các lệnh.";

    public const string AskStudentCode =
        "Chào mừng bạn đến với sổ liên lạc điện tử của nhà trường.\n" +
        "Phụ huynh: hãy nhập mã học sinh của con (ví dụ HS0012, in trên sổ liên lạc hoặc thư của trường).\n" +
        "Giáo viên: hãy bấm nút «Chia sẻ số điện thoại» bên dưới, hoặc nhập mã giáo viên (ví dụ GV003) rồi mã kích hoạt nhà trường cấp.";

    public const string SharePhoneButton = "📱 Chia sẻ số điện thoại";

    public const string BadStudentCode =
        "Mã học sinh chỉ gồm chữ và số, ví dụ HS0012. Bạn hãy nhập lại, hoặc gõ /huy để dừng.";

    /// <summary>The same words for a student's code, a teacher's and one that is nobody's: the answer tells no one which codes exist.</summary>
    public static string AskProof(StudentCode code) =>
        $"Mã: {code}. Để xác minh, hãy bấm «Chia sẻ số điện thoại» (số phải trùng với số nhà trường đã lưu), " +
        "hoặc nhập mã kích hoạt in trong thư nhà trường gửi (ví dụ 7KQ4-M2XP).";

    public const string NoMatch =
        "Thông tin chưa khớp với hồ sơ của nhà trường. Bạn hãy kiểm tra lại mã học sinh và số điện thoại " +
        "(hoặc mã kích hoạt), rồi gõ /start để thử lại. Nếu vẫn chưa được, hãy liên hệ giáo viên chủ nhiệm.";

    public const string NotOwnContact =
        "Bạn hãy chia sẻ số điện thoại của chính mình bằng nút «Chia sẻ số điện thoại», không gửi danh bạ của người khác.";

    public const string CodeUsedOrExpired =
        "Mã kích hoạt này đã được dùng hoặc đã hết hạn. Bạn hãy xin nhà trường mã mới, hoặc xác minh bằng số điện thoại.";

    /// <param name="until">In the school's time zone.</param>
    public static string HolderLocked(DateTimeOffset until) =>
        "Mã này đã bị nhập sai mã kích hoạt quá nhiều lần trong một ngày. Để bảo vệ thông tin học sinh, việc xác minh " +
        $"bằng mã kích hoạt cho mã này tạm dừng đến {VietnameseFormat.Moment(until)}. Nếu bạn là phụ huynh, hãy liên hệ " +
        "giáo viên chủ nhiệm để được giúp (trên Telegram, bạn cũng có thể xác minh bằng nút «Chia sẻ số điện thoại»).";

    /// <summary>To the homeroom teacher: someone is trying codes for one of their students from many chats.</summary>
    public static string HolderLockedForTeacher(string studentName, StudentCode student, DateTimeOffset until) =>
        $"⚠️ Có {Domain.Links.HolderLock.MaxFailures} lần nhập sai mã kích hoạt cho em {studentName} ({student}) trong 24 giờ qua, " +
        $"từ nhiều tài khoản khác nhau. Việc xác minh bằng mã cho em tạm dừng đến {VietnameseFormat.Moment(until)}. " +
        "Nếu phụ huynh cần liên kết, hãy hỏi phụ huynh trực tiếp; nhà trường có thể cấp mã mới (lệnh codes).";

    /// <summary>To a parent's chat whose link the school ended (guardian's phone changed on the roster, <c>links revoke</c>).</summary>
    public static string LinkEndedBySchool(string studentName, StudentCode student) =>
        $"🔒 Nhà trường đã kết thúc liên kết của bạn với sổ liên lạc của em {studentName} ({student}). Từ nay bạn sẽ không " +
        "nhận thêm tin nào về em qua đây. Nếu đây là nhầm lẫn, hãy liên hệ giáo viên chủ nhiệm.";

    /// <summary>To a teacher's chat whose link the school ended (left, phone changed, revoked).</summary>
    public static string StaffLinkEndedBySchool(string teacherCode) =>
        $"🔒 Nhà trường đã kết thúc liên kết giáo viên ({teacherCode}) của cuộc trò chuyện này với sổ liên lạc: từ nay " +
        "không còn xem hay nhập được sổ liên lạc qua đây. Nếu đây là nhầm lẫn, xin liên hệ ban giám hiệu.";

    public static string Locked(DateTimeOffset until) =>
        $"Bạn đã nhập sai {Domain.Links.VerificationLock.MaxFailures} lần trong một giờ. Để bảo vệ thông tin học sinh, " +
        $"việc xác minh từ cuộc trò chuyện này tạm khóa đến {VietnameseFormat.Moment(until)}.";

    public static string Linked(IEnumerable<Student> children) =>
        "Xác minh thành công. Bạn đã liên kết với: " + string.Join(", ", children.Select(Describe)) + ".\n" +
        "Gõ /diem để xem điểm, /chuyencan để xem chuyên cần, /trogiup để xem mọi lệnh.";

    public static string TeacherRecognised(string name) =>
        $"Xin chào thầy/cô {name}. Bạn đã được xác minh là giáo viên của trường. Gõ /trogiup để xem các lệnh.";

    public const string PhoneNotOnRecord =
        "Số điện thoại này chưa có trong hồ sơ của nhà trường. Bạn hãy nhập mã học sinh trước, hoặc liên hệ giáo viên chủ nhiệm.";

    public const string NotVerified =
        "Bạn chưa xác minh là phụ huynh. Gõ /start để bắt đầu (chỉ mất một phút).";

    public const string ChooseChild = "Bạn muốn xem thông tin của con nào?";

    public static string Selected(Student child) => $"Đang xem: {Describe(child)}.";

    public static string OfferExpired(string key) =>
        $"Lựa chọn «{key}» đã hết hạn. Bạn hãy gõ lại lệnh để có lựa chọn mới (gõ /trogiup để xem các lệnh).";

    public const string NothingToCancel = "Không có thao tác nào đang dở. Gõ /trogiup để xem các lệnh.";

    public const string Cancelled = "Đã hủy thao tác đang dở.";

    public static string UnknownCommand(string name) => $"Không có lệnh /{name}. Gõ /trogiup để xem các lệnh.";

    public static string NotUnderstood(bool isParent, bool isTeacher) => isParent || isTeacher
        ? "Bot chưa hiểu ý bạn. Bạn có thể gõ «điểm», «điểm toán», «chuyên cần», «rèn luyện», «thông báo», hoặc /trogiup."
        : "Bot chưa hiểu ý bạn. Gõ /start để xác minh phụ huynh, hoặc /trogiup để xem hướng dẫn.";

    public static string Describe(Student child)
    {
        var name = $"{child.FullName} (lớp {child.ClassName}, mã {child.Code})";
        return child.LeftOn is { } left ? $"{name} — {child.Status.Vietnamese().ToLowerInvariant()} từ {VietnameseFormat.Date(left)}" : name;
    }
}
