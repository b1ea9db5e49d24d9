using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>The one way out for what the bot sends on its own initiative (alerts, notices, answers to requests).</summary>
public interface INotifier
{
    Task NotifyAsync(ChatAddress chat, Reply message, CancellationToken cancellationToken);
}
