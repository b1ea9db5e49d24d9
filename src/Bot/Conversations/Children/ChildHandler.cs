using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Children;

/// <summary>/con: choose which child the next questions are about (for parents of several).</summary>
public sealed class ChildHandler(Lazy<CommandRouter> router) : ICommandHandler
{
    public CommandInfo Info { get; } = new("con", "child", Audience.Parent, "Chọn con (khi có nhiều con)", "Choose a child")
    {
        Phrases = ["chon con", "doi con"],
    };

    public async Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.Children.Count == 0)
        {
            turn.Say(turn.Texts.Chat.NotVerified);
            return;
        }
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = parts.Length > 0 && StudentCode.TryParse(parts[0], out var code)
            ? turn.Children.FirstOrDefault(c => c.Code == code)
            : null;
        chosen ??= parts.Length > 0 ? turn.Children.FirstOrDefault(c => c.FullName.Contains(arguments, StringComparison.OrdinalIgnoreCase)) : null;
        if (chosen is null)
        {
            ChildChoice.Ask(turn);
            return;
        }
        turn.Select(chosen.Code);
        turn.Say(turn.Texts.Chat.Selected(chosen));
        // A button may carry the question that needed the choice: "/con HS0001 /diem".
        if (parts.Length == 2 && Routing.CommandText.TryParse(parts[1], out var then) && router.Value.Find(then.Name) is { } next && next != this)
            await next.HandleAsync(turn, then.Arguments, cancellationToken);
    }
}
