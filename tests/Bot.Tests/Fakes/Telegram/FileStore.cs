namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>Files by id and by download path, as getFile and the file route see them.</summary>
internal sealed class FileStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredFile> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredFile> _byPath = new(StringComparer.Ordinal);
    private int _next;

    /// <param name="folder">The first part of the path, as Telegram names it: <c>documents</c>, <c>photos</c>.</param>
    public StoredFile Add(string folder, string fileName, byte[] bytes, string? mimeType) => Add(folder, fileName, bytes, mimeType, bytes.Length);

    /// <param name="declaredSize">The size the Bot API states (null: none), which need not be the true one.</param>
    public StoredFile Add(string folder, string fileName, byte[] bytes, string? mimeType, long? declaredSize)
    {
        lock (_gate)
        {
            var n = ++_next;
            var file = new StoredFile(
                FileId: $"FAKE-{folder}-{n:D4}",
                FileUniqueId: $"U{n:D4}",
                FilePath: $"{folder}/file_{n}{Path.GetExtension(fileName)}",
                FileName: fileName,
                Bytes: bytes,
                MimeType: mimeType,
                DeclaredSize: declaredSize);
            _byId[file.FileId] = file;
            _byPath[file.FilePath] = file;
            return file;
        }
    }

    public StoredFile? ById(string fileId)
    {
        lock (_gate) return _byId.GetValueOrDefault(fileId);
    }

    public StoredFile? ByPath(string filePath)
    {
        lock (_gate) return _byPath.GetValueOrDefault(filePath);
    }
}
