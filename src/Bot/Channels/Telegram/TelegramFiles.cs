using SoLienLac.Bot.Conversations.Messages;
using Telegram.Bot;

namespace SoLienLac.Bot.Channels.Telegram;

/// <summary>getFile, then the download of its path from the Bot API server.</summary>
public sealed class TelegramFiles(ITelegramBotClient bot) : IFileSource
{
    public string Channel => TelegramUpdates.Channel;

    public async Task<byte[]> DownloadAsync(IncomingDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var file = await bot.GetFile(document.FileId, cancellationToken);
        using var content = new MemoryStream();
        await bot.DownloadFile(file.FilePath!, content, cancellationToken);
        return content.ToArray();
    }
}
