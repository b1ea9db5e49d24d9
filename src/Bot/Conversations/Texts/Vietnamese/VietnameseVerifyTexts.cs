using SoLienLac.Domain.Common;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseVerifyTexts : IVerifyTexts
{
    public string AskStudentCode =>
        "Chào mừng bạn đến với sổ liên lạc điện tử của nhà trường.\n" +
        "Phụ huynh: hãy nhập mã học sinh của con (ví dụ HS0012, in trên sổ liên lạc hoặc thư của trường).\n" +
        "Giáo viên: hãy bấm nút «Chia sẻ số điện thoại» bên dưới, hoặc nhập mã giáo viên (ví dụ GV003) rồi mã kích hoạt nhà trường cấp.";

    public string BadStudentCode => "Mã học sinh chỉ gồm chữ và số, ví dụ HS0012. Bạn hãy nhập lại, hoặc gõ /huy để dừng.";

    public string AskProof(StudentCode code) =>
        $"Mã: {code}. Để xác minh, hãy bấm «Chia sẻ số điện thoại» (số phải trùng với số nhà trường đã lưu), " +
        "hoặc nhập mã kích hoạt in trong thư nhà trường gửi (ví dụ 7KQ4-M2XP).";

    public string NoMatch =>
        "Thông tin chưa khớp với hồ sơ của nhà trường. Bạn hãy kiểm tra lại mã học sinh và số điện thoại " +
        "(hoặc mã kích hoạt), rồi gõ /start để thử lại. Nếu vẫn chưa được, hãy liên hệ giáo viên chủ nhiệm.";

    public string NotOwnContact =>
        "Bạn hãy chia sẻ số điện thoại của chính mình bằng nút «Chia sẻ số điện thoại», không gửi danh bạ của người khác.";

    public string CodeUsedOrExpired =>
        "Mã kích hoạt này đã được dùng hoặc đã hết hạn. Bạn hãy xin nhà trường mã mới, hoặc xác minh bằng số điện thoại.";

    public string HolderLocked(DateTimeOffset until) =>
        "Mã này đã bị nhập sai mã kích hoạt quá nhiều lần trong một ngày. Để bảo vệ thông tin học sinh, việc xác minh " +
        $"bằng mã kích hoạt cho mã này tạm dừng đến {VietnameseFormat.Moment(until)}. Nếu bạn là phụ huynh, hãy liên hệ " +
        "giáo viên chủ nhiệm để được giúp (trên Telegram, bạn cũng có thể xác minh bằng nút «Chia sẻ số điện thoại»).";

    public string HolderLockedForTeacher(string studentName, StudentCode student, DateTimeOffset until) =>
        $"⚠️ Có {HolderLock.MaxFailures} lần nhập sai mã kích hoạt cho em {studentName} ({student}) trong 24 giờ qua, " +
        $"từ nhiều tài khoản khác nhau. Việc xác minh bằng mã cho em tạm dừng đến {VietnameseFormat.Moment(until)}. " +
        "Nếu phụ huynh cần liên kết, hãy hỏi phụ huynh trực tiếp; nhà trường có thể cấp mã mới (lệnh codes).";

    public string LinkEndedBySchool(string studentName, StudentCode student) =>
        $"🔒 Nhà trường đã kết thúc liên kết của bạn với sổ liên lạc của em {studentName} ({student}). Từ nay bạn sẽ không " +
        "nhận thêm tin nào về em qua đây. Nếu đây là nhầm lẫn, hãy liên hệ giáo viên chủ nhiệm.";

    public string StaffLinkEndedBySchool(string teacherCode) =>
        $"🔒 Nhà trường đã kết thúc liên kết giáo viên ({teacherCode}) của cuộc trò chuyện này với sổ liên lạc: từ nay " +
        "không còn xem hay nhập được sổ liên lạc qua đây. Nếu đây là nhầm lẫn, xin liên hệ ban giám hiệu.";

    public string Locked(DateTimeOffset until) =>
        $"Bạn đã nhập sai {VerificationLock.MaxFailures} lần trong một giờ. Để bảo vệ thông tin học sinh, " +
        $"việc xác minh từ cuộc trò chuyện này tạm khóa đến {VietnameseFormat.Moment(until)}.";

    public string Linked(IEnumerable<Student> children) =>
        "Xác minh thành công. Bạn đã liên kết với: " + string.Join(", ", children.Select(VietnameseChatTexts.Child)) + ".\n" +
        "Gõ /diem để xem điểm, /chuyencan để xem chuyên cần, /trogiup để xem mọi lệnh.";

    public string TeacherRecognised(string name) =>
        $"Xin chào thầy/cô {name}. Bạn đã được xác minh là giáo viên của trường. Gõ /trogiup để xem các lệnh.";

    public string PhoneNotOnRecord =>
        "Số điện thoại này chưa có trong hồ sơ của nhà trường. Bạn hãy nhập mã học sinh trước, hoặc liên hệ giáo viên chủ nhiệm.";
}
