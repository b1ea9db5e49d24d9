namespace SoLienLac.Bot.Conversations.Messages;

/// <summary>
/// Ends a copy into a <see cref="BoundedBuffer"/> at its limit. It never leaves the file source that
/// started the copy: the source answers "too large" (null) instead.
/// </summary>
public sealed class DocumentTooLargeException : IOException
{
    public DocumentTooLargeException()
        : base("The document is larger than the limit.")
    {
    }

    public DocumentTooLargeException(string message)
        : base(message)
    {
    }

    public DocumentTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
