namespace SoLienLac.Bench.Stores;

/// <summary>A fresh copy of a database file, so that every timed import writes into the same starting state.</summary>
internal sealed class StoreCopy : IDisposable
{
    public StoreCopy(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(template)!, $"run-{Guid.NewGuid():N}.db");
        File.Copy(template, Path);
        // On disk before the clock starts, so that the timed commit's fsync does not also flush the copy.
        using var copy = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite);
        copy.Flush(flushToDisk: true);
    }

    public string Path { get; }

    public void Dispose()
    {
        File.Delete(Path);
        // The store's lock file, and LiteDB's write-ahead log should a run have left one behind.
        File.Delete(Path + ".lock");
        File.Delete(System.IO.Path.ChangeExtension(Path, null) + "-log.db");
    }
}
