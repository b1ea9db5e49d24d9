namespace SoLienLac.Bot.Conversations.Routing;

/// <summary>A flow whose last step shows a change and waits for «Xác nhận».</summary>
public interface IConfirmingFlow : IFlowHandler
{
    Task ConfirmAsync(Turn turn, CancellationToken cancellationToken);
}
