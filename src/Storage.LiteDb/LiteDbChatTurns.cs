using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;

namespace SoLienLac.Storage.LiteDb;

/// <summary>One process opens the file, and it takes a chat's turns in order itself: nothing to wait for here.</summary>
internal sealed class LiteDbChatTurns : IChatTurns
{
    private sealed class NoTurn : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private static readonly NoTurn None = new();

    public Task<IAsyncDisposable> TakeAsync(ChatAddress chat, CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(None);
}
