using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;

namespace SoLienLac.Bot.Conversations.Help;

/// <summary>/huy: leaves whatever multi-step flow the chat is in.</summary>
public sealed class CancelHandler : ICommandHandler
{
    public CommandInfo Info { get; } = new("huy", "cancel", Audience.Everyone, "Hủy thao tác đang dở", "Cancel what is in progress")
    {
        Phrases = ["huy", "thoi", "cancel"],
        EndsFlow = false,
        Interrupts = ["huy", "huy bo", "thoi", "cancel"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.State.Flow is null)
        {
            turn.Say(turn.Texts.Chat.NothingToCancel);
            return Task.CompletedTask;
        }
        turn.EndFlow();
        turn.Say(new Reply(turn.Texts.Chat.Cancelled) { ClearsKeyboard = true });
        return Task.CompletedTask;
    }
}
