using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseEntryTexts : IEntryTexts
{
    public string ScoresWhichClass => "Nhập điểm cho lớp nào?";

    public string WhichSubject(ClassName className, string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? $"Lớp {className}: môn nào?" : $"Không có môn «{typed}». Lớp {className}: môn nào?";

    public string WhichColumn(Subject subject, ClassName className, Term term)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"{subject.Name} lớp {className}, {term.Vietnamese()}: cột nào?";
    }

    public string AskScores(Subject subject, ClassName className, Term term, Column column)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"{subject.Name} — lớp {className} — {term.Vietnamese()} — cột {column}.\n" +
            "Gửi mỗi dòng «mã điểm» hoặc «stt điểm», ví dụ:\nHS0012 8,5\n7 9\nDanh sách lớp:\n";
    }

    public string ScoresPreviewHeading(Subject subject, ClassName className, Term term, Column column)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"📝 Xem trước: {subject.Name} — lớp {className} — {term.Vietnamese()} — cột {column}";
    }

    public string NewScores(int count) => $"Mới ({count}):";

    public string CorrectedScores(int count) => $"Sửa ({count}):";

    public string UnchangedScores(int count) => $"Không đổi: {count}";

    public string NotAccepted(int count) => $"Không nhận ({count}):";

    public string NothingNewScores => "\n\nKhông có điểm mới nào để lưu. Gửi lại các dòng, hoặc /huy để dừng.";

    public string ScoresPreviewEnd => "\n\nChưa lưu gì. Bấm «Xác nhận» để lưu các điểm hợp lệ, hoặc «Hủy».";

    public string ScoresSaved(int saved, Subject subject, Column column, ClassName className, Term term)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return $"✅ Đã lưu {saved} điểm {subject.Name} cột {column} lớp {className} ({term.Vietnamese()}).";
    }

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

    public string ConductUsage => "Giáo viên chủ nhiệm: /renluyen <mã> hk1|hk2 <Tốt|Khá|Đạt|Chưa đạt> để đánh giá rèn luyện,\n" +
        "hoặc /renluyen <mã> nx <nội dung> để ghi nhận xét.";

    public string RemarkPreview(Student student, string text)
    {
        ArgumentNullException.ThrowIfNull(student);
        return $"📝 Nhận xét cho em {student.FullName} ({student.ClassName}):\n«{text}»\n\nBấm «Xác nhận» để lưu, hoặc «Hủy».";
    }

    public string LevelPreview(Term term, Student student, Level? before, Level level)
    {
        ArgumentNullException.ThrowIfNull(student);
        return $"📝 Rèn luyện {term.Vietnamese()} của em {student.FullName} ({student.ClassName}): {before?.Vietnamese() ?? "chưa đánh giá"} → {level.Vietnamese()}\n\nBấm «Xác nhận» để lưu, hoặc «Hủy».";
    }

    public string ConductWaiting => "Đang chờ xác nhận: bấm «Xác nhận» để lưu, hoặc /huy.";

    public string LevelSaved(Term term, Student student, Level level)
    {
        ArgumentNullException.ThrowIfNull(student);
        return $"✅ Đã lưu rèn luyện {term.Vietnamese()} của em {student.FullName}: {level.Vietnamese()}.";
    }

    public string RemarkSaved(Student student)
    {
        ArgumentNullException.ThrowIfNull(student);
        return $"✅ Đã lưu nhận xét cho em {student.FullName}. Phụ huynh xem được qua /renluyen.";
    }
}
