using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseTalkTexts : ITalkTexts
{
    public string Teacher(string name, string? subject, ClassName className) =>
        subject is null ? $"thầy/cô {name}, giáo viên chủ nhiệm lớp {className}" : $"thầy/cô {name}, giáo viên môn {subject} lớp {className}";

    public string Parent(string? guardianName, string? relation) =>
        guardianName is null ? "Phụ huynh" : string.IsNullOrWhiteSpace(relation) ? $"Phụ huynh {guardianName}" : $"{relation} {guardianName}";

    public string ThreadHeading(Student child, string teacher)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"💬 Trao đổi về em {child.FullName} với {teacher}:";
    }

    public string ThreadLine(string who, string time, string text, bool held) => $"[{time}] {who}{(held ? " (đang chờ giờ nhận tin)" : "")}: {text}";

    public string ThreadEmpty => "Chưa có tin nhắn nào.";

    public string Ask(Student child, string teacher)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"✉️ Nhắn {teacher} về em {child.FullName}: phụ huynh hãy gõ nội dung tin nhắn (gõ /huy để thôi). Số điện thoại của phụ huynh và của giáo viên không hiện cho bên kia.";
    }

    public string NoTeacher(Student child, string? subject, string? schoolPhone)
    {
        ArgumentNullException.ThrowIfNull(child);
        var who = subject is null ? $"giáo viên chủ nhiệm lớp {child.ClassName}" : $"giáo viên môn {subject} lớp {child.ClassName}";
        return $"Danh sách của trường chưa có {who}, nên chưa gửi được tin nhắn.{Phone(schoolPhone)}";
    }

    public string TooLong(int max) => $"Tin nhắn dài quá {max} ký tự; phụ huynh vui lòng viết ngắn hơn hoặc chia làm hai tin. Chưa có gì được gửi.";

    public string Muted(string teacher, string until, string? schoolPhone) =>
        $"Hiện {teacher} tạm không nhận tin nhắn qua sổ liên lạc đến {until}. Mong phụ huynh thông cảm; tin nhắn này chưa được gửi.{Phone(schoolPhone)}";

    public string Sent(string teacher, OfficeHours hours, string? held, bool teacherHasChat, string? schoolPhone)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (!teacherHasChat) return $"📨 Đã lưu tin nhắn gửi {teacher}. Thầy/cô chưa kết nối sổ liên lạc trên điện thoại; tin nhắn được lưu lại, thầy/cô sẽ đọc được khi kết nối (/hoithoai).{Phone(schoolPhone)}";
        return held is null
            ? $"📨 Đã gửi tới {teacher}. Câu trả lời sẽ đến qua đây."
            : $"📨 Đã nhận tin nhắn gửi {teacher}. Thầy/cô nhận tin từ {hours.From:HH\\:mm} đến {hours.Until:HH\\:mm} các ngày học, nên tin nhắn sẽ được chuyển lúc {held}.{Phone(schoolPhone)}";
    }

    public string ForTeacher(Student child, string parent, string text)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"✉️ Tin nhắn của phụ huynh em {child.FullName} (lớp {child.ClassName}) — {parent}:\n{text}";
    }

    public string ReplyButton => "Trả lời";

    public string MuteButton => "Tạm ngừng nhận 7 ngày";

    public string ReportButton => "Báo nhà trường";

    public string AskReply(Student child, string parent)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Nhập câu trả lời cho phụ huynh em {child.FullName} ({parent}); gõ /huy để thôi:";
    }

    public string ForParent(Student child, string teacher, string text)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"✉️ {Capital(teacher)} trả lời về em {child.FullName}:\n{text}";
    }

    public string AnswerBackButton => "Nhắn lại";

    public string Replied(Student child, string? held)
    {
        ArgumentNullException.ThrowIfNull(child);
        return held is null
            ? $"📨 Đã gửi câu trả lời tới phụ huynh em {child.FullName}."
            : $"📨 Đã lưu câu trả lời tới phụ huynh em {child.FullName}; phụ huynh đang trong giờ yên lặng nên tin sẽ đến lúc {held}.";
    }

    public string NothingToReply => "Chưa có tin nhắn nào của phụ huynh để trả lời.";

    public string NotFound => "Không tìm thấy tin nhắn này.";

    public string NotYours => "Tin nhắn này không gửi cho thầy/cô, nên thầy/cô không trả lời hay xử lý được.";

    public string MutedFamily(Student child, string until)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"🔕 Đã tạm ngừng nhận tin nhắn của gia đình em {child.FullName} đến {until}. Gia đình sẽ được báo lịch sự khi nhắn; muốn nhận lại sớm: /tamngung … 0.";
    }

    public string Unmuted(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"🔔 Đã nhận lại tin nhắn của gia đình em {child.FullName}.";
    }

    public string Reported(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"⚠️ Đã chuyển tin nhắn của phụ huynh em {child.FullName} tới ban giám hiệu.";
    }

    public string ForAdmins(string teacherName, Student child, string text, string command)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"⚠️ Giáo viên {teacherName} báo cáo một tin nhắn của phụ huynh em {child.FullName} (lớp {child.ClassName}):\n«{text}»\nXem cả cuộc trao đổi: {command}";
    }

    public string ThreadsHeading(bool wholeSchool) => wholeSchool ? "💬 Các cuộc trao đổi gần đây trong trường:" : "💬 Các cuộc trao đổi gần đây của thầy/cô:";

    public string NoThreads => "Chưa có cuộc trao đổi nào với phụ huynh.";

    public string ThreadSummary(Student child, string teacherName, string time, bool fromParent, string text)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"• Em {child.FullName} ({child.ClassName}) — {teacherName}, {time}, {(fromParent ? "phụ huynh" : "giáo viên")}: {text}";
    }

    public string OfficeHours(OfficeHours hours, bool chosen)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return $"🕒 Giờ nhận tin nhắn của phụ huynh: {hours.From:HH\\:mm}–{hours.Until:HH\\:mm} các ngày học{(chosen ? "" : " (mặc định)")}. " +
            "Ngoài giờ này, tin nhắn được giữ lại và đến lúc bắt đầu giờ nhận tin; phụ huynh được báo giờ đó. Đổi giờ: /caidat gio 07:00-20:00.";
    }

    public string OfficeHoursUnreadable => "Chưa đọc được giờ. Gửi theo mẫu: /caidat gio 07:00-20:00 (giờ bắt đầu trước giờ kết thúc).";

    public string OfficeHoursDefaultButton => "Dùng giờ mặc định";

    public string MessageTeacherButton => "✉️ Nhắn giáo viên";

    private static string Phone(string? schoolPhone) => string.IsNullOrWhiteSpace(schoolPhone) ? "" : $" Việc gấp xin gọi điện cho trường: {schoolPhone}.";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
