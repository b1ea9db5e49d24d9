namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>A file the fake knows by id: sent in by a test, or uploaded by the bot.</summary>
/// <param name="DeclaredSize">The file_size that updates and getFile give: the true size unless a test says otherwise (null: none given).</param>
internal sealed record StoredFile(string FileId, string FileUniqueId, string FilePath, string FileName, byte[] Bytes, string? MimeType, long? DeclaredSize);
