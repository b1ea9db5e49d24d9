namespace SoLienLac.Bench.Stores;

/// <summary>
/// Appends a block to a file and flushes it to the disk, as a commit appends pages to LiteDB's log
/// and flushes it: the least any saved change costs on this disk.
/// </summary>
internal static class DiskFlush
{
    public static void Append(string path, int bytes)
    {
        using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None);
        file.Write(new byte[bytes]);
        file.Flush(flushToDisk: true);
    }
}
