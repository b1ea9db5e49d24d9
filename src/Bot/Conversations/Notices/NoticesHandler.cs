using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Notices;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>/thongbao: the latest notices for the child's class and the school, with "Đã xem" for the unread.</summary>
public sealed class NoticesHandler(INoticeBoard board, SentNoticesView sent, Records.RecordsAsOf asOf, SchoolCalendar calendar) : ICommandHandler
{
    private const int Shown = 10;

    public CommandInfo Info { get; } = new("thongbao", "notices", Audience.Parent, "Thông báo của nhà trường", "School notices")
    {
        Phrases = ["thong bao", "tin nha truong", "notices"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        // Staff who are not also parents here see what they sent and who has read it.
        if (turn.Teacher is { } teacher && (turn.Children.Count == 0 || Domain.Common.VietnameseText.Fold(arguments) is "da gui" or "sent"))
        {
            turn.Say(await sent.RenderAsync(turn.Texts, teacher, cancellationToken));
            return;
        }
        var child = ChildChoice.Resolve(turn, "/thongbao");
        if (child is null) return;
        var words = turn.Texts.Notices;
        var notices = await board.PublishedForAsync(child.ClassName, calendar.Now, Shown, cancellationToken);
        if (notices.Count == 0)
        {
            turn.Say(words.NoneForClass(child.ClassName));
            return;
        }
        var text = new StringBuilder(words.ListHeading(child.ClassName)).Append('\n');
        var unread = new List<IReadOnlyList<ReplyButton>>();
        foreach (var notice in notices)
        {
            var seen = (await board.AcknowledgementsOfAsync(notice.Id, cancellationToken)).Any(a => a.Student == child.Code);
            var when = turn.Texts.Format.DayMonthYear(DateOnly.FromDateTime(calendar.ToLocal(notice.PublishAt).DateTime));
            text.Append(CultureInfo.InvariantCulture,
                $"\n• {when} ({words.Audience(notice.ClassName)}){(notice.Urgent ? words.Urgent : "")}: {notice.Text}{(seen ? words.SeenMark : "")}\n");
            if (!seen) unread.Add([new ReplyButton(words.SeenButtonFor(Short(notice.Text)), $"/daxem {notice.Id:N}")]);
        }
        turn.Say(new Reply(text.ToString().TrimEnd()) { Buttons = unread });
        asOf.Stamp(turn, notices.Max(n => n.PublishAt));
    }

    private static string Short(string text) => text.Length <= 30 ? text : text[..29] + "…";
}
