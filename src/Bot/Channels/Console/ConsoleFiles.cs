using SoLienLac.Bot.Conversations.Messages;

namespace SoLienLac.Bot.Channels.Console;

/// <summary>In the local chat a "document" is a file on this computer: its path is its id.</summary>
public sealed class ConsoleFiles : IFileSource
{
    public string Channel => ConsoleChat.Channel;

    public Task<byte[]> DownloadAsync(IncomingDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return File.ReadAllBytesAsync(document.FileId, cancellationToken);
    }
}
