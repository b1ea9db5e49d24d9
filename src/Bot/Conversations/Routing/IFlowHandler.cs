using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Routing;

/// <summary>Takes the next message of a chat that is in the middle of one of its flows.</summary>
public interface IFlowHandler
{
    bool Continues(FlowState state);

    Task ContinueAsync(Turn turn, CancellationToken cancellationToken);
}
