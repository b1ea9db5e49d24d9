using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Notices;

/// <summary>"Đã xem" on a notice: the electronic version of the parent's signature in the paper book.</summary>
public sealed class AcknowledgeHandler(INoticeBoard board, SchoolCalendar calendar) : ICommandHandler
{
    public CommandInfo Info { get; } = new("daxem", "seen", Audience.Parent, "Xác nhận đã xem thông báo", "Acknowledge a notice")
    {
        InMenu = false,
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A notice's button names the child it was sent for; a parent of several need not choose first.
        var named = parts.Length > 1 && StudentCode.TryParse(parts[1], out var code) ? turn.Children.FirstOrDefault(c => c.Code == code) : null;
        var child = named ?? ChildChoice.Resolve(turn);
        if (child is null) return;
        if (parts.Length == 0 || !Guid.TryParse(parts[0], out var id) || await board.FindAsync(id, cancellationToken) is not { } notice || !notice.ConcernsClass(child.ClassName))
        {
            turn.Say(turn.Texts.Notices.NotFound);
            return;
        }
        await board.AcknowledgeAsync(new Acknowledgement(notice.Id, child.Code, turn.Chat.Key, calendar.Now), cancellationToken);
        turn.Say(turn.Texts.Notices.Acknowledged(child));
    }
}
