using Telegram.Bot.Types;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>getFile, and the bytes behind the <c>file_path</c> it answers.</summary>
internal sealed class FileMethods(FileStore files)
{
    /// <summary>The Bot API lets a bot download files up to 20 MB.</summary>
    public const int MaxDownloadBytes = 20 * 1024 * 1024;

    public void AddTo(MethodTable table) => table.Add("getFile", GetFile);

    public StoredFile? Download(string filePath) => files.ByPath(filePath);

    private BotApiResult GetFile(BotApiRequest request)
    {
        if (request.String("file_id") is not { } fileId || files.ById(fileId) is not { } file)
            return BotApiResult.BadRequest("invalid file_id");
        if (file.Bytes.Length > MaxDownloadBytes) return BotApiResult.BadRequest("file is too big");
        return BotApiResult.Ok(new TGFile
        {
            FileId = file.FileId,
            FileUniqueId = file.FileUniqueId,
            FileSize = file.DeclaredSize,
            FilePath = file.FilePath,
        });
    }
}
