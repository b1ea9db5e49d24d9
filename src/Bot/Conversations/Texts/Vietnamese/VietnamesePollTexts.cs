using System.Globalization;
using System.Text;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.Vietnamese;

public sealed class VietnamesePollTexts : IPollTexts
{
    public string Usage =>
        "Gửi theo mẫu: /khaosat 6A Tham quan ngày 12/12, con có đi không? | Có | Không\n" +
        "Đóng vào một giờ định sẵn: thêm | hạn 11/12/2026 17:00. Cả trường (ban giám hiệu): /khaosat truong …\n" +
        "Xem kết quả: /khaosat (các khảo sát gần đây) hoặc /khaosat xem <mã>.";

    public string Audience(ClassName? className) => className is { } c ? $"lớp {c}" : "toàn trường";

    public string Created(Poll poll, int families, int children, string? closes)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return $"📋 Đã gửi khảo sát {poll.ShortId} tới {families} phụ huynh của {children} học sinh {Audience(poll.ClassName)}" +
            $"{(closes is null ? "" : $"; đóng lúc {closes}")}. Xem kết quả: /khaosat xem {poll.ShortId}";
    }

    public string ForParent(Poll poll, string teacherName, Student child, string? closes, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(child);
        return $"{(reminder ? "🔔 Nhắc lại — " : "")}📋 Khảo sát của {Audience(poll.ClassName)} (thầy/cô {teacherName}):\n{poll.Question}\n" +
            $"Trả lời cho em {child.FullName}{(closes is null ? "" : $", trước {closes}")}. Có thể đổi câu trả lời đến khi khảo sát đóng.";
    }

    public string Answered(Poll poll, int choice, Student child, string? closes)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(child);
        return $"✅ Đã ghi câu trả lời «{poll.Options[choice]}» cho em {child.FullName}. Phụ huynh có thể đổi đến khi khảo sát đóng{(closes is null ? "" : $" ({closes})")}.";
    }

    public string Closed(Poll poll) => "Khảo sát này đã đóng; câu trả lời không được ghi nữa.";

    public string NotFound => "Không tìm thấy khảo sát này.";

    public string Ambiguous => "Có nhiều khảo sát cùng mã đầu này; hãy gõ mã dài hơn.";

    public string NotYourChild => "Khảo sát này không dành cho con của phụ huynh.";

    public string None => "Chưa có khảo sát nào. " + Usage;

    public string Heading => "📋 Khảo sát gần đây:";

    public string Line(Poll poll, IReadOnlyList<int> counts, int answered, int children, IReadOnlyList<string> missing, int missingCount, bool open)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(missing);
        var tally = string.Join(", ", poll.Options.Select((o, i) => $"{o} {counts[i]}"));
        var who = missingCount == 0 ? "" : $"; chưa trả lời ({missingCount}): {string.Join(", ", missing)}{(missingCount > missing.Count ? ", …" : "")}";
        return $"• {poll.ShortId} · {Audience(poll.ClassName)} · {poll.Question} — {answered}/{children} đã trả lời ({tally}){who}{(open ? "" : " · đã đóng")}";
    }

    public string Tally(Poll poll, IReadOnlyList<int> counts, int answered, int children, IReadOnlyList<string> missing, bool open)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(missing);
        var text = new StringBuilder($"📋 {poll.ShortId} · {Audience(poll.ClassName)}{(open ? "" : " · đã đóng")}\n{poll.Question}\n");
        for (var i = 0; i < poll.Options.Count; i++) text.Append(CultureInfo.InvariantCulture, $"• {poll.Options[i]}: {counts[i]}\n");
        text.Append(CultureInfo.InvariantCulture, $"Đã trả lời: {answered}/{children} học sinh.");
        if (missing.Count > 0) text.Append(CultureInfo.InvariantCulture, $"\nChưa trả lời ({missing.Count}): {string.Join(", ", missing)}");
        return text.ToString();
    }

    public string ViewButton => "Xem";

    public string RemindButton => "Nhắc phụ huynh chưa trả lời";

    public string CloseButton => "Đóng khảo sát";

    public string Reminded(int families) => $"🔔 Đã nhắc {families} phụ huynh chưa trả lời.";

    public string NobodyToRemind => "Không còn phụ huynh nào (đã kết nối) chưa trả lời.";

    public string ClosedNow(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return $"🔒 Đã đóng khảo sát {poll.ShortId}. Xuất kết quả: solienlac export poll --id {poll.ShortId} --out ketqua.xlsx";
    }

    public string NoClass(string className) => $"Không có lớp \"{className}\" trong danh sách học sinh.";
}
