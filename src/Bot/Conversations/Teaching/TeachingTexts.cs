using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Entry;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>What the bot says to teachers, in Vietnamese, in one place.</summary>
public static class TeachingTexts
{
    public const string TeachersOnly =
        "Lệnh này dành cho giáo viên. Thầy cô gõ /start rồi bấm «Chia sẻ số điện thoại» để xác minh.";

    public const string NotAssigned = "Thầy cô không được phân công việc này ở lớp/môn đó, nên không thể thay đổi.";

    public const string AdminOnly = "Chỉ ban giám hiệu/giáo vụ mới được làm việc này.";

    public const string TermClosed = "Học kì này đã khóa sổ: chỉ ban giám hiệu/giáo vụ được sửa, kèm lý do.";

    public const string ReasonRequired =
        "Học kì này đã khóa sổ. Để sửa, hãy gửi lại lệnh kèm lý do ở cuối, sau chữ «lý do:», ví dụ: … lý do: chấm phúc khảo.";

    public const string NothingToConfirm = "Không có thay đổi nào đang chờ xác nhận.";

    public const string Confirm = "Xác nhận";

    public const string Cancel = "Hủy";

    public const string GradebookFormats =
        "Bot nhận bảng điểm dạng .xlsx hoặc .csv, với các cột student_code, subject, term, kind, score.";

    public const string GradebookWaiting = "Bảng điểm đang chờ: bấm «Xác nhận» để lưu, hoặc /huy.";

    public const string GradebookFixAndResend = "\nSửa tệp rồi gửi lại.";

    public const string GradebookPreviewEnd = "\n\nChưa lưu gì. Bấm «Xác nhận» để lưu, hoặc «Hủy».";

    /// <param name="file">The name as the teacher sent it, shortened.</param>
    public static string GradebookTooLarge(string file, int megabytes) =>
        $"Tệp {file} lớn quá {megabytes} MB. Thầy cô gửi từng lớp một nhé.";

    public static string GradebookTooManyRows(string file, int rows) =>
        $"Tệp {file} có quá {rows.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.')} dòng. " +
        "Thầy cô gửi từng lớp một, hoặc nhờ giáo vụ nhập bằng lệnh import.";

    public static string GradebookRefused(string file, int errors) => $"❌ Tệp {file} có {errors} lỗi — chưa lưu gì:";

    public static string GradebookMoreErrors(int more) => $"\n… và {more} lỗi khác.";

    public static string GradebookNoLongerValid(string file) => $"Tệp {file} không còn hợp lệ; hãy gửi lại.";

    public static string GradebookSaved(string file, int added, int changed) =>
        $"✅ Đã lưu bảng điểm {file}: {added} điểm mới, {changed} điểm sửa.";

    public static string GradebookPreview(string file, int rows, int added, int changed, int unchanged) =>
        $"📝 Xem trước bảng điểm {file}: {rows} dòng — {added} điểm mới, {changed} điểm sửa, {unchanged} không đổi.";

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> ConfirmButtons { get; } =
        [[new ReplyButton(Confirm, "/xacnhan"), new ReplyButton(Cancel, "/huy")]];

    public static string Issues(IReadOnlyList<EntryIssue> issues)
    {
        var text = new StringBuilder();
        foreach (var issue in issues)
            text.Append(CultureInfo.InvariantCulture, $"\n• dòng {issue.Line} «{issue.Text}»: {Explain(issue)}");
        return text.ToString();
    }

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
