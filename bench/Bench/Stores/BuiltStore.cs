namespace SoLienLac.Bench.Stores;

/// <summary>A demo school written to a store: where, how many students, how long it took and how big it is.</summary>
internal sealed record BuiltStore(StoreAt Store, int Students, TimeSpan BuildTime, long Bytes)
{
    /// <summary>The LiteDB file's path (the LiteDB-only scenarios work on the file).</summary>
    public string Path => Store.Name;

    public string Size => $"{Bytes / 1024.0 / 1024.0:0.0} MiB";
}
