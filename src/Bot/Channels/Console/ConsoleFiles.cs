using SoLienLac.Bot.Conversations.Messages;

namespace SoLienLac.Bot.Channels.Console;

/// <summary>In the local chat a "document" is a file on this computer: its path is its id.</summary>
public sealed class ConsoleFiles : IFileSource
{
    public string Channel => ConsoleChat.Channel;

    public async Task<byte[]?> DownloadAsync(IncomingDocument document, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Read to the limit, not to the end: a device such as /dev/zero states no size and never ends.
        await using var file = File.OpenRead(document.FileId);
        using var content = new BoundedBuffer(maxBytes);
        try
        {
            await file.CopyToAsync(content, cancellationToken);
        }
        catch (DocumentTooLargeException)
        {
            return null;
        }
        return content.ToArray();
    }
}
