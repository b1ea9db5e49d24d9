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
    public CommandInfo Info { get; } = new("guithongbao", "notify", Audience.Teacher, "Gửi thông báo tới phụ huynh lớp/trường", "Send a notice")
    {
        Phrases = ["gui thong bao"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return Task.CompletedTask;
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var wholeSchool = words.Count > 0 && VietnameseText.Fold(words[0]) is "truong" or "school";
        ClassName? target = words.Count > 0 && ClassName.TryParse(words[0], out var parsed) ? teacher.Place(parsed) : null;
        if (words.Count < 2 || (!wholeSchool && target is null))
        {
            turn.Say(turn.Texts.Notices.SendUsage);
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
        if (refused is { } r) { turn.Say(TeacherGate.Explain(turn, r)); return Task.CompletedTask; }
        var texts = turn.Texts.Notices;
        var when = notice!.PublishAt > calendar.Now ? texts.At(calendar.ToLocal(notice.PublishAt)) : texts.Now;
        turn.Enter(new ConfirmingNotice(target, notice.Text, notice.PublishAt > calendar.Now ? notice.PublishAt : null));
        turn.Say(new Reply(texts.Preview(texts.Audience(target), when, notice.Text)) { Buttons = TeacherGate.ConfirmButtons(turn) });
        return Task.CompletedTask;
    }

    public bool Continues(FlowState state) => state is ConfirmingNotice;

    public Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        turn.Say(turn.Texts.Notices.Waiting);
        return Task.CompletedTask;
    }

    public async Task ConfirmAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher || turn.State.Flow is not ConfirmingNotice pending) return;
        turn.EndFlow();
        var (notice, refused) = NoticeDesk.Draft(teacher, pending.ClassName, pending.Text, calendar.Now, pending.PublishAt);
        if (refused is { } r) { turn.Say(TeacherGate.Explain(turn, r)); return; }
        var sent = await delivery.PublishAsync(notice!, cancellationToken);
        if (notice!.PublishAt > calendar.Now)
        {
            turn.Say(turn.Texts.Notices.Scheduled(calendar.ToLocal(notice.PublishAt)));
            return;
        }
        turn.Say(turn.Texts.Notices.Sent(sent));
    }
}
