using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseRollCallTexts : IRollCallTexts
{
    public string AbsencesWhichClass => "Điểm danh lớp nào?";

    public string WhichSession(ClassName className, DateOnly day) => $"Lớp {className}, {VietnameseFormat.Day(day)}: buổi nào?";

    public string MorningButton => "Sáng";

    public string AfternoonButton => "Chiều";

    public string AskAbsences(ClassName className, DaySession session, DateOnly day) =>
        $"Điểm danh lớp {className}, buổi {session.Vietnamese()} {VietnameseFormat.Day(day)}.\n" +
        "Gửi mỗi học sinh vắng một dòng «mã P|K» hoặc «stt P|K» (P: có phép, K: không phép), ví dụ:\nHS0012 K\n7 P\n" +
        "Ghi nhầm một em vắng? Gửi «mã CM» (có mặt) để xóa lượt vắng đó.\nDanh sách lớp:\n";

    public string AbsencesPreviewHeading(ClassName className, DaySession session, DateOnly day) =>
        $"📝 Xem trước điểm danh lớp {className}, buổi {session.Vietnamese()} {VietnameseFormat.Day(day)}";

    public string Present => "có mặt";

    public string PresentNothingToRemove => "có mặt (chưa ghi vắng, không có gì để xóa)";

    public string AlreadyRecorded(string mark) => $"{mark} (đã ghi)";

    public string NothingNewAbsences => "\n\nKhông có gì mới để ghi. Gửi lại các dòng «mã P|K» (hoặc «mã CM» để xóa vắng ghi nhầm), hoặc /huy.";

    public string AbsencesPreviewEnd => "\n\nChưa lưu gì. Bấm «Xác nhận» để ghi và báo phụ huynh, hoặc «Hủy».";

    public string AbsencesSaved(int recorded, int cleared, ClassName className, DaySession session, DateOnly day)
    {
        var what = (recorded, cleared) switch
        {
            (_, 0) => $"Đã ghi {recorded} lượt vắng",
            (0, _) => $"Đã xóa {cleared} lượt vắng ghi nhầm",
            _ => $"Đã ghi {recorded} lượt vắng, xóa {cleared} lượt ghi nhầm",
        };
        return $"✅ {what} lớp {className}, buổi {session.Vietnamese()} {VietnameseFormat.Day(day)}. Phụ huynh đã được báo.";
    }
}
