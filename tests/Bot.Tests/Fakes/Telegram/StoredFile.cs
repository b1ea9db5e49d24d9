namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>A file the fake knows by id: sent in by a test, or uploaded by the bot.</summary>
internal sealed record StoredFile(string FileId, string FileUniqueId, string FilePath, string FileName, byte[] Bytes, string? MimeType);
