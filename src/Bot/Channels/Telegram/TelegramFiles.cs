using SoLienLac.Bot.Conversations.Messages;
using Telegram.Bot;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>getFile, then the download of its path from the Bot API server, stopped at the limit.</summary>
public sealed class TelegramFiles(ITelegramBotClient bot) : IFileSource
{
    public string Channel => TelegramUpdates.Channel;

    public async Task<byte[]?> DownloadAsync(IncomingDocument document, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var file = await bot.GetFile(document.FileId, cancellationToken);
        if (file.FileSize > maxBytes) return null;
        // file_size is optional and is only what the server says: the copy itself is bounded.
        using var content = new BoundedBuffer(maxBytes);
        try
        {
            await bot.DownloadFile(file.FilePath!, content, cancellationToken);
        }
        catch (Exception e) when (BoundedBuffer.StoppedAtLimit(e))
        {
            return null;
        }
        return content.ToArray();
    }
}
