using SoLienLac.Bot.Conversations.Routing;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>«Xác nhận»: saves the change the chat's flow is showing. Nothing is saved before this.</summary>
public sealed class ConfirmHandler(IEnumerable<IFlowHandler> flows) : ICommandHandler
{
    public CommandInfo Info { get; } = new("xacnhan", "confirm", Audience.Everyone, "Xác nhận thay đổi đang chờ", "Confirm the pending change")
    {
        Phrases = ["xac nhan", "dong y", "confirm"],
        InMenu = false,
        EndsFlow = false,
        Interrupts = ["xac nhan", "dong y", "confirm"],
    };

    public Task HandleAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.State.Flow is { } flow && flows.OfType<IConfirmingFlow>().FirstOrDefault(f => f.Continues(flow)) is { } confirming)
            return confirming.ConfirmAsync(turn, cancellationToken);
        turn.Say(turn.Texts.Teaching.NothingToConfirm);
        return Task.CompletedTask;
    }
}
