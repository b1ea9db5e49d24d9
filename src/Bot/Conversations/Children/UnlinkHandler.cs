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
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Children.Count == 0)
        {
            turn.Say(ChatTexts.NotVerified);
            return Task.CompletedTask;
        }
        var all = Domain.Common.VietnameseText.Fold(arguments) is "tatca" or "tat ca" or "all";
        var child = StudentCode.TryParse(arguments, out var code) ? turn.Children.FirstOrDefault(c => c.Code == code) : null;
        if (!all && child is null)
        {
            var buttons = turn.Children.Select(c => (IReadOnlyList<ReplyButton>)[new ReplyButton($"Hủy liên kết {c.FullName}", $"/roi {c.Code}")]).ToList();
            if (turn.Children.Count > 1) buttons.Add([new ReplyButton("Hủy liên kết tất cả", "/roi tatca")]);
            turn.Say(new Reply("Bạn muốn hủy liên kết với con nào? Sau khi hủy, bạn sẽ không nhận được tin nào về con nữa (có thể /start để liên kết lại).")
            {
                Buttons = buttons,
            });
            return Task.CompletedTask;
        }
        var ended = verification.Unlink(turn.Chat, all ? null : child!.Code);
        notices.Withdraw(ended);
        turn.Refresh();
        var names = turn.Children.Count == 0 && all ? "tất cả các con" : string.Join(", ", ended.Select(l => l.Student));
        turn.Say($"Đã hủy liên kết ({names}). Bạn sẽ không nhận thêm tin nhắn nào về {(ended.Count > 1 ? "các con" : "con")}. Gõ /start nếu muốn liên kết lại.");
        return Task.CompletedTask;
    }
}
