using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Chats;

/// <summary>
/// One turn at a time per chat across the bot processes: a turn reads the chat's state, answers and saves
/// it, so two of one chat's updates taken by two processes behind a load balancer would otherwise
/// overwrite each other's state. On the embedded store one process serves, and it already takes turns.
/// </summary>
public interface IChatTurns
{
    /// <summary>Waits for the chat's turn; the turn ends when the result is disposed.</summary>
    Task<IAsyncDisposable> TakeAsync(ChatAddress chat, CancellationToken cancellationToken);
}
