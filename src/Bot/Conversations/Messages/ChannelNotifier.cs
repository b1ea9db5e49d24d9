using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>
/// Sends a proactive message on the channel of the chat it is for. A failure is logged and does
/// not stop the others: one parent who blocked the bot must not cost the rest their alert.
/// </summary>
public sealed class ChannelNotifier(IServiceProvider services, ILogger<ChannelNotifier> logger) : INotifier
{
    public async Task NotifyAsync(ChatAddress chat, Reply message, CancellationToken cancellationToken)
    {
        // Resolved when needed: the channels themselves depend (through the conversation) on this notifier.
        var channel = services.GetServices<IChatChannel>().FirstOrDefault(c => c.Name == chat.Channel);
        if (channel is null)
        {
            logger.LogWarning("No channel {Channel} is running: the message for {Chat} was not sent", chat.Channel, chat);
            return;
        }
        try
        {
            await channel.SendAsync(chat, message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not send to {Chat}", chat);
        }
    }
}
