using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Leave;

/// <summary>How a leave request reaches the teacher, and the teacher's answer the parent.</summary>
public static class LeaveMessages
{
    public static Reply ForTeacher(LeaveRequest request, Student child)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(child);
        return new Reply($"📩 Đơn xin nghỉ: em {child.FullName} ({child.Code}, lớp {child.ClassName}), {LeaveText.Describe(request.Sessions)}.\nLý do: {request.Reason}")
        {
            Buttons = [[new ReplyButton("Duyệt", $"/duyet {request.Id:N}"), new ReplyButton("Từ chối", $"/tuchoi {request.Id:N}")]],
        };
    }

    public static Reply ForParent(LeaveRequest request, Student child, string teacherName) =>
        new(request.Status == LeaveStatus.Approved
            ? $"✅ Giáo viên {teacherName} đã duyệt đơn xin nghỉ của em {child.FullName}: {LeaveText.Describe(request.Sessions)} (ghi là nghỉ có phép)."
            : $"❌ Giáo viên {teacherName} chưa duyệt đơn xin nghỉ của em {child.FullName}: {LeaveText.Describe(request.Sessions)}. Phụ huynh vui lòng liên hệ giáo viên chủ nhiệm.");

    public static string Decided(LeaveRequest request, Student child) =>
        $"{(request.Status == LeaveStatus.Approved ? "✅ Đã duyệt" : "❌ Đã từ chối")} đơn xin nghỉ của em {child.FullName}: {LeaveText.Describe(request.Sessions)}. Phụ huynh đã được báo.";

    /// <summary>A family with <see cref="LeaveRequest.MaxPendingPerStudent"/> requests still waiting asks for another.</summary>
    public static string TooManyPending(Student child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return $"Em {child.FullName} đang có {LeaveRequest.MaxPendingPerStudent} đơn xin nghỉ chờ giáo viên chủ nhiệm trả lời. " +
            "Phụ huynh vui lòng đợi thầy/cô trả lời các đơn này rồi gửi đơn mới; nếu có việc gấp, xin liên hệ trực tiếp giáo viên chủ nhiệm.";
    }

    /// <summary>A day of a term the school has closed: leave for it is not asked through the bot.</summary>
    public static string InClosedTerm(DateOnly date) =>
        $"Ngày {VietnameseFormat.Date(date)} thuộc học kì nhà trường đã khóa sổ, nên không gửi đơn xin nghỉ qua bot được. " +
        "Phụ huynh vui lòng liên hệ trực tiếp giáo viên chủ nhiệm.";

    public static string Line(LeaveRequest request, Student child) =>
        $"• {child.FullName} ({child.Code}, {child.ClassName}): {LeaveText.Describe(request.Sessions)} — {request.Reason} (gửi {VietnameseFormat.Date(DateOnly.FromDateTime(request.CreatedAt.UtcDateTime))})";
}
