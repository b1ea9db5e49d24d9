namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>A file part of a multipart request, named as the client named it.</summary>
internal sealed record UploadedFile(string FileName, byte[] Bytes);
