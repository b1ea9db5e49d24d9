namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>Fetches the content of a document someone sent, from the channel it came on.</summary>
public interface IFileSource
{
    /// <summary>"telegram", "console", …: the channel whose documents it can fetch.</summary>
    string Channel { get; }

    Task<byte[]> DownloadAsync(IncomingDocument document, CancellationToken cancellationToken);
}
