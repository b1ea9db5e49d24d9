namespace SoLienLac.Bench.Stores;

/// <summary>A demo database written to disk: where, how many students, how long it took and how big it is.</summary>
internal sealed record BuiltStore(string Path, int Students, TimeSpan BuildTime, long Bytes)
{
    public string Size => $"{Bytes / 1024.0 / 1024.0:0.0} MiB";
}
