namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>Fetches the content of a document someone sent, from the channel it came on.</summary>
public interface IFileSource
{
    /// <summary>"telegram", "console", …: the channel whose documents it can fetch.</summary>
    string Channel { get; }

    /// <summary>
    /// The document's bytes, or null when it holds more than <paramref name="maxBytes"/>: the reading
    /// stops there, whatever size the document stated (a size may be missing, or wrong).
    /// </summary>
    Task<byte[]?> DownloadAsync(IncomingDocument document, int maxBytes, CancellationToken cancellationToken);
}
