using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Children;

/// <summary>
/// /roi: a parent unlinks one child, or all (<c>/roi tatca</c>); from then on that chat is shown
/// nothing and sent nothing about them. Registration is voluntary, and so is leaving.
/// </summary>
public sealed class UnlinkHandler(Verification verification, Delivery.EndedLinkNotices notices) : ICommandHandler
{
    public CommandInfo Info { get; } = new("roi", "unlink", Audience.Parent, "Hủy liên kết với con (ngừng nhận tin)", "Unlink a child and stop messages")
    {
        Phrases = ["huy lien ket", "ngung nhan tin"],
        // Leaving needs no consent: it is how a parent stops everything.
        BeforeConsent = true,
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Children.Count == 0)
        {
            turn.Say(turn.Texts.Chat.NotVerified);
            return;
        }
        var texts = turn.Texts.Chat;
        var all = Domain.Common.VietnameseText.Fold(arguments) is "tatca" or "tat ca" or "all";
        var child = StudentCode.TryParse(arguments, out var code) ? turn.Children.FirstOrDefault(c => c.Code == code) : null;
        if (!all && child is null)
        {
            var buttons = turn.Children.Select(c => (IReadOnlyList<ReplyButton>)[new ReplyButton(texts.UnlinkButton(c), $"/roi {c.Code}")]).ToList();
            if (turn.Children.Count > 1) buttons.Add([new ReplyButton(texts.UnlinkAllButton, "/roi tatca")]);
            turn.Say(new Reply(texts.UnlinkWhich)
            {
                Buttons = buttons,
            });
            return;
        }
        var ended = await verification.UnlinkAsync(turn.Chat, all ? null : child!.Code, cancellationToken);
        await notices.WithdrawAsync(ended, cancellationToken);
        await turn.RefreshAsync(cancellationToken);
        var names = turn.Children.Count == 0 && all ? texts.AllChildren : string.Join(", ", ended.Select(l => l.Student));
        turn.Say(texts.Unlinked(names, ended.Count > 1));
    }
}
