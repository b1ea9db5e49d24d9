using System.Globalization;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>
/// /guithongbao &lt;lớp|truong&gt; [dd/MM/yyyy HH:mm] &lt;nội dung&gt;: a notice to a class (its homeroom
/// teacher) or the school (an admin), now or at a set time. Parents get it with «Đã xem».
/// </summary>
public sealed class SendNoticeHandler(NoticeDelivery delivery, SchoolCalendar calendar) : ICommandHandler, IConfirmingFlow
{
    private const string Usage =
        "Gõ: /guithongbao <lớp|truong> [ngày giờ] <nội dung>, ví dụ:\n/guithongbao 6A Họp phụ huynh 8:00 Chủ nhật 29/11\n" +
        "/guithongbao truong 28/11/2026 07:00 Trường nghỉ học do bão";

    public CommandInfo Info { get; } = new("guithongbao", "notify", Audience.Teacher, "Gửi thông báo tới phụ huynh lớp/trường", "Send a notice")
    {
        Phrases = ["gui thong bao"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return Task.CompletedTask;
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var wholeSchool = words.Count > 0 && VietnameseText.Fold(words[0]) == "truong";
        ClassName? target = words.Count > 0 && ClassName.TryParse(words[0], out var parsed) ? parsed : null;
        if (words.Count < 2 || (!wholeSchool && target is null))
        {
            turn.Say(Usage);
            return Task.CompletedTask;
        }
        words.RemoveAt(0);
        DateTimeOffset? at = null;
        if (words.Count > 2 && DateTime.TryParseExact($"{words[0]} {words[1]}", ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            at = new DateTimeOffset(local, calendar.Zone.GetUtcOffset(local));
            words.RemoveRange(0, 2);
        }
        var text = string.Join(' ', words);
        var (notice, refused) = NoticeDesk.Draft(teacher, target, text, calendar.Now, at);
        if (refused is { } r) { turn.Say(TeacherGate.Explain(r)); return Task.CompletedTask; }
        var when = notice!.PublishAt > calendar.Now ? $"lúc {VietnameseFormat.Moment(calendar.ToLocal(notice.PublishAt))}" : "ngay";
        turn.Enter(new ConfirmingNotice(target, notice.Text, notice.PublishAt > calendar.Now ? notice.PublishAt : null));
        turn.Say(new Reply($"📝 Xem trước thông báo tới phụ huynh {(target is { } c ? $"lớp {c}" : "toàn trường")}, gửi {when}:\n«{notice.Text}»\n\nBấm «Xác nhận» để gửi, hoặc «Hủy».")
        {
            Buttons = TeachingTexts.ConfirmButtons,
        });
        return Task.CompletedTask;
    }

    public bool Continues(FlowState state) => state is ConfirmingNotice;

    public Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        turn.Say("Thông báo đang chờ: bấm «Xác nhận» để gửi, hoặc /huy.");
        return Task.CompletedTask;
    }

    public async Task ConfirmAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher || turn.State.Flow is not ConfirmingNotice pending) return;
        turn.EndFlow();
        var (notice, refused) = NoticeDesk.Draft(teacher, pending.ClassName, pending.Text, calendar.Now, pending.PublishAt);
        if (refused is { } r) { turn.Say(TeacherGate.Explain(r)); return; }
        var sent = await delivery.PublishAsync(notice!, cancellationToken);
        if (notice!.PublishAt > calendar.Now)
        {
            turn.Say($"🕒 Đã hẹn gửi thông báo lúc {VietnameseFormat.Moment(calendar.ToLocal(notice.PublishAt))}.");
            return;
        }
        turn.Say($"✅ Đã gửi thông báo tới {sent} phụ huynh đã liên kết. Xem ai đã đọc: /thongbao.");
    }
}
