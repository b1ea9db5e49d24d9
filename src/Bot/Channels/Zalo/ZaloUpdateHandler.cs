using SoLienLac.Bot.Conversations;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// One Zalo update, from polling or the webhook: mapped and answered, at most once by its message_id
/// (<see cref="OncePerUpdate"/>). An event without a message_id cannot be told apart from another, so it is answered.
/// </summary>
public sealed class ZaloUpdateHandler(ZaloChannel channel, ChatDispatcher dispatcher, OncePerUpdate once)
{
    public async Task HandleAsync(ZaloUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Message?.MessageId is not { Length: > 0 } id)
        {
            await AnswerAsync(update, cancellationToken);
            return;
        }
        await once.HandleAsync(ZaloUpdates.Channel, id, ct => AnswerAsync(update, ct), cancellationToken);
    }

    private async Task AnswerAsync(ZaloUpdate update, CancellationToken cancellationToken)
    {
        if (ZaloUpdates.ToIncoming(update) is { } incoming) await dispatcher.DispatchAsync(incoming, channel, cancellationToken);
    }
}
