using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseWeekTexts : IWeekTexts
{
    public string Heading(SchoolWeek week) => $"🗓 Tuần {VietnameseFormat.Date(week.Monday)} – {VietnameseFormat.Date(week.Sunday)}";

    public string NothingNew => "Tuần này chưa có gì mới: không có điểm mới, không nghỉ buổi nào, không có thông báo mới.";

    public string NewMarks => "Điểm mới:";

    public string Average(decimal average) => $" (TB {VietnameseFormat.Average(average)})";

    public string Absences => "Nghỉ học:";

    public string YearSoFar(int total, int limit) => $"Cả năm đến nay: {total}/{limit} buổi.";

    public string Remarks => "Nhận xét của giáo viên:";

    public string UnreadNotices => "Thông báo chưa xem (bấm «Đã xem» trong /thongbao):";

    public string LeaveRequests => "Đơn xin nghỉ:";

    public string Status(LeaveStatus status) => status switch
    {
        LeaveStatus.Approved => "đã duyệt",
        LeaveStatus.Declined => "không được duyệt",
        _ => "đang chờ giáo viên",
    };

    public string SummaryTitle => "📬 Tóm tắt tuần của sổ liên lạc";
}
