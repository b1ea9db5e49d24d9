using System.Globalization;
using System.Text;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnameseTeachingTexts : ITeachingTexts
{
    public string TeachersOnly => "Lệnh này dành cho giáo viên. Thầy cô gõ /start rồi bấm «Chia sẻ số điện thoại» để xác minh.";

    public string NotAssigned => "Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.";

    public string AdminOnly => "Chỉ ban giám hiệu/giáo vụ mới được làm việc này.";

    public string TermClosed => "Học kì này đã khóa sổ: chỉ ban giám hiệu/giáo vụ được sửa, kèm lý do.";

    public string ReasonRequired =>
        "Học kì này đã khóa sổ. Để sửa, hãy gửi lại lệnh kèm lý do ở cuối, sau chữ «lý do:», ví dụ: … lý do: chấm phúc khảo.";

    public string NothingToConfirm => "Không có thay đổi nào đang chờ xác nhận.";

    public string ConfirmButton => "Xác nhận";

    public string CancelButton => "Hủy";

    public string Issues(IReadOnlyList<EntryIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var text = new StringBuilder();
        foreach (var issue in issues)
            text.Append(CultureInfo.InvariantCulture, $"\n• dòng {issue.Line} «{issue.Text}»: {Explain(issue)}");
        return text.ToString();
    }

    public string WhichClass => "Xem lớp nào?";

    public string ClassHeading(ClassName className, Term term, SchoolYear year) => $"🏫 Lớp {className} — {term.Vietnamese()}, năm học {year.Name}";

    public string LeftSchool => " (đã rời trường)";

    public string AbsencesCell(int total, int unexcused) => $" — vắng {total} (K {unexcused})";

    public string LearningCell(Level? level) => " — học tập: " + (level?.Vietnamese() ?? "chưa xếp loại");

    public string HistoryUsage => "Gõ /lichsu <mã học sinh>, ví dụ /lichsu HS0012.";

    public string HistoryHeading(string student) => $"🗂 Lịch sử thay đổi — {student}";

    public string HistoryEmpty => "Chưa có thay đổi nào được ghi.";

    public string HistoryOlder(int hidden) => $"({hidden} thay đổi cũ hơn không hiện.)";

    public string HistoryAdded(string value) => $"ghi {value}";

    public string HistoryRemoved(string value) => $"bỏ {value}";

    public string HistoryLine(string moment, string who, string channel, string what, string change, string? reason) =>
        $"• {moment}, {who} qua {channel}: {what}: {change}{(string.IsNullOrWhiteSpace(reason) ? "" : $" — {reason}")}";

    public string PrintWhichClass => "In sổ liên lạc lớp nào? (gõ /inso 6A canam cho cả năm)";

    public string PrintNoStudents(ClassName className) => $"Lớp {className} không có trong danh sách học sinh.";

    public string PrintReady(ClassName className, bool wholeYear, int pages) =>
        $"📄 Sổ liên lạc lớp {className} ({(wholeYear ? "cả năm" : "học kì I")}): {pages} trang, sẵn sàng để in.";

    private static string Explain(EntryIssue issue) => issue.Problem switch
    {
        EntryProblem.Unreadable => "cần «mã học sinh điểm» hoặc «số thứ tự điểm»",
        EntryProblem.UnknownStudent => "không có học sinh này",
        EntryProblem.OtherClass => $"học sinh lớp {issue.Detail}, không thuộc lớp này",
        EntryProblem.LeftSchool => $"{issue.Detail} đã chuyển trường/thôi học",
        EntryProblem.ScoreNotANumber => "không phải điểm số",
        EntryProblem.ScoreOutOfRange => "điểm phải từ 0 đến 10",
        EntryProblem.ScoreTooManyDecimals => "điểm chỉ có một chữ số thập phân",
        EntryProblem.CommentInScoredSubject => $"môn {issue.Detail} chấm điểm 0–10, không phải Đ/CĐ",
        EntryProblem.ScoreInCommentSubject => $"môn {issue.Detail} chỉ nhận Đ hoặc CĐ",
        EntryProblem.InvalidExcused => "cần P (có phép), K (không phép) hoặc CM (có mặt: xóa lượt vắng ghi nhầm)",
        EntryProblem.Duplicate => $"trùng học sinh với dòng {issue.Detail}",
        _ => issue.Problem.ToString(),
    };
}
