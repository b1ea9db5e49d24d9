using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Cli;

/// <summary>Each kind of record as <c>migrate</c> names it to people.</summary>
internal static class StoreKindNames
{
    public static string Of(StoreKind kind) => kind switch
    {
        StoreKind.Students => "Học sinh",
        StoreKind.Guardians => "Người giám hộ",
        StoreKind.Teachers => "Giáo viên",
        StoreKind.TeacherAssignments => "Phân công giáo viên",
        StoreKind.Marks => "Điểm",
        StoreKind.Absences => "Buổi vắng",
        StoreKind.Conduct => "Kết quả rèn luyện",
        StoreKind.Remarks => "Nhận xét",
        StoreKind.ParentLinks => "Liên kết phụ huynh",
        StoreKind.StaffLinks => "Liên kết giáo viên",
        StoreKind.Audit => "Nhật ký thay đổi",
        StoreKind.ActivationCodes => "Mã kích hoạt",
        StoreKind.VerificationFailures => "Lần xác minh sai",
        StoreKind.LeaveRequests => "Đơn xin nghỉ",
        StoreKind.Notices => "Thông báo",
        StoreKind.Acknowledgements => "Xác nhận đã xem",
        StoreKind.Chats => "Cuộc trò chuyện",
        StoreKind.ParentSettings => "Cài đặt của phụ huynh",
        StoreKind.PendingFiles => "Tệp đang chờ",
        StoreKind.StandingChoices => "Lựa chọn đang mở",
        StoreKind.Outbox => "Tin nhắn trong hàng gửi",
        StoreKind.ChannelCursors => "Vị trí đọc kênh",
        StoreKind.UpdatesBegun => "Cập nhật đã nhận",
        StoreKind.JobRuns => "Lần chạy việc định kỳ",
        StoreKind.Consents => "Đồng ý xử lý dữ liệu",
        StoreKind.AccessLog => "Nhật ký truy cập",
        StoreKind.ErasureRequests => "Yêu cầu xóa dữ liệu",
        StoreKind.TalkMessages => "Tin nhắn phụ huynh – giáo viên",
        StoreKind.TalkMutes => "Tạm ngừng nhận tin",
        StoreKind.OfficeHours => "Giờ nhận tin của giáo viên",
        StoreKind.Polls => "Khảo sát",
        StoreKind.PollAnswers => "Câu trả lời khảo sát",
        StoreKind.RecordStamps => "Thời điểm cập nhật hồ sơ",
        StoreKind.Schools => "Trường",
        _ => kind.ToString(),
    };
}
