using SoLienLac.Domain.Links;

namespace SoLienLac.Domain.Chats;

/// <summary>A file a teacher sent, waiting for «Xác nhận».</summary>
public sealed record PendingFile(string FileName, byte[] Content);

/// <summary>
/// Files teachers sent, kept until they confirm or cancel, so a restart in between loses nothing —
/// and not for ever: one left unconfirmed is forgotten at night.
/// </summary>
public interface IPendingFiles
{
    Task KeepAsync(ChatAddress chat, PendingFile file, DateTimeOffset at, CancellationToken cancellationToken);

    Task<PendingFile?> TakeAsync(ChatAddress chat, CancellationToken cancellationToken);

    Task ForgetAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>Forgets every file kept before <paramref name="before"/>; returns how many.</summary>
    Task<int> ForgetKeptBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
