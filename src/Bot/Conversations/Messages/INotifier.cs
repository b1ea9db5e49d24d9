using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>The one way out for what the bot sends on its own initiative (alerts, notices, answers to requests).</summary>
public interface INotifier
{
    /// <param name="id">Deterministic ("absence:HS0012|2026-11-23|sang:K:&lt;ticks saved&gt;:telegram:42"): the same message is never sent twice.</param>
    /// <param name="forWhom">Whom the chat gets it as (a parent of a student, a teacher): checked again when it is sent.</param>
    Task NotifyAsync(string id, ChatAddress chat, Reply message, CodeHolder? forWhom, CancellationToken cancellationToken);
}
