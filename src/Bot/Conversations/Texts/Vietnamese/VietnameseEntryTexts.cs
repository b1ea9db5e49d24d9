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
