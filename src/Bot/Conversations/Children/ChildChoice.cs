using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Children;

/// <summary>Which child a parent's question is about: the only one, the one chosen with /con, or ask.</summary>
public static class ChildChoice
{
    public static Student? Resolve(Turn turn, string? reaskCommand = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var children = turn.Children;
        if (children.Count == 0)
        {
            turn.Say(turn.Texts.Chat.NotVerified);
            return null;
        }
        if (children.Count == 1) return children[0];
        if (children.FirstOrDefault(c => c.Code.Value == turn.State.SelectedStudent) is { } selected) return selected;
        Ask(turn, reaskCommand);
        return null;
    }

    public static void Ask(Turn turn, string? thenCommand = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var suffix = thenCommand is null ? "" : $" {thenCommand}";
        turn.Say(new Reply(turn.Texts.Chat.ChooseChild)
        {
            Buttons = turn.Children.Select(c => (IReadOnlyList<ReplyButton>)[new ReplyButton($"{c.FullName} ({c.ClassName})", $"/con {c.Code}{suffix}")]).ToList(),
        });
    }
}
