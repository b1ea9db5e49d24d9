using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseLeaveTexts : ILeaveTexts
{
    public string Format(DateOnly example) =>
        $"Gửi theo mẫu: ngày buổi lý do — buổi là sang, chieu hoặc ca-ngay. Ví dụ:\n{VietnameseFormat.Date(example)} sang Con bị sốt";

    public string Describe(IEnumerable<LeaveSession> sessions) =>
        string.Join(", ", sessions.GroupBy(s => s.Date).Select(g =>
            g.Count() == 2 ? $"cả ngày {VietnameseFormat.Day(g.Key)}" : $"buổi {g.First().Session.Vietnamese()} {VietnameseFormat.Day(g.Key)}"));

    public string Ask(Student child, string format)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Xin nghỉ cho em {child.FullName}. {format}";
    }

    public string Unreadable(string format) => $"Chưa đọc được đơn. {format}";

    public string Sent(Student child, IEnumerable<LeaveSession> sessions, bool delivered)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"📨 Đã gửi đơn xin nghỉ cho em {child.FullName}: {Describe(sessions)}. " +
            (delivered ? "Giáo viên chủ nhiệm sẽ trả lời qua đây." : "Giáo viên chủ nhiệm sẽ xem đơn khi mở sổ liên lạc (/donnghi).");
    }

    public string ForTeacher(LeaveRequest request, Student child)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return $"📩 Đơn xin nghỉ: em {child.FullName} ({child.Code}, lớp {child.ClassName}), {Describe(request.Sessions)}.\nLý do: {request.Reason}";
    }

    public string ApproveButton => "Duyệt";

    public string DeclineButton => "Từ chối";

    public string ForParent(LeaveRequest request, Student child, string teacherName)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return request.Status == LeaveStatus.Approved
            ? $"✅ Giáo viên {teacherName} đã duyệt đơn xin nghỉ của em {child.FullName}: {Describe(request.Sessions)} (ghi là nghỉ có phép)."
            : $"❌ Giáo viên {teacherName} chưa duyệt đơn xin nghỉ của em {child.FullName}: {Describe(request.Sessions)}. Phụ huynh vui lòng liên hệ giáo viên chủ nhiệm.";
    }

    public string Decided(LeaveRequest request, Student child)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return $"{(request.Status == LeaveStatus.Approved ? "✅ Đã duyệt" : "❌ Đã từ chối")} đơn xin nghỉ của em {child.FullName}: {Describe(request.Sessions)}. Phụ huynh đã được báo.";
    }

    public string TooManyPending(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Em {child.FullName} đang có {LeaveRequest.MaxPendingPerStudent} đơn xin nghỉ chờ giáo viên chủ nhiệm trả lời. " +
            "Phụ huynh vui lòng đợi thầy/cô trả lời các đơn này rồi gửi đơn mới; nếu có việc gấp, xin liên hệ trực tiếp giáo viên chủ nhiệm.";
    }

    public string InClosedTerm(DateOnly day) =>
        $"Ngày {VietnameseFormat.Date(day)} thuộc học kì nhà trường đã khóa sổ, nên không gửi đơn xin nghỉ qua bot được. " +
        "Phụ huynh vui lòng liên hệ trực tiếp giáo viên chủ nhiệm.";

    public string NotFound => "Không tìm thấy đơn này. Gõ /donnghi để xem các đơn đang chờ.";

    public string AlreadyDecided(bool approved) => $"Đơn này đã được xử lý ({(approved ? "đã duyệt" : "đã từ chối")}).";

    public string NonePending => "Không có đơn xin nghỉ nào đang chờ.";

    public string PendingHeading => "📩 Đơn xin nghỉ đang chờ duyệt:";

    public string Line(LeaveRequest request, Student child)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return $"• {child.FullName} ({child.Code}, {child.ClassName}): {Describe(request.Sessions)} — {request.Reason} (gửi {VietnameseFormat.Date(DateOnly.FromDateTime(request.CreatedAt.UtcDateTime))})";
    }

    public string ApproveFor(StudentCode student) => $"Duyệt {student}";

    public string DeclineFor(StudentCode student) => $"Từ chối {student}";
}
