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
