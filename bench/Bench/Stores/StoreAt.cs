using SoLienLac.Bench.Stores.PostgreSql;

namespace SoLienLac.Bench.Stores;

/// <summary>
/// Where a scenario's store is: a LiteDB file, or a database of the bench's PostgreSQL cluster. The
/// bot's host is pointed at it with <see cref="Settings"/>; nothing else in the bench needs to know which.
/// </summary>
internal sealed class StoreAt
{
    private readonly Cluster? _cluster;

    private StoreAt(StoreEngine engine, string name, Cluster? cluster)
    {
        Engine = engine;
        Name = name;
        _cluster = cluster;
    }

    public StoreEngine Engine { get; }

    /// <summary>The file's path (LiteDB) or the database's name (PostgreSQL).</summary>
    public string Name { get; }

    public bool IsLiteDb => Engine == StoreEngine.LiteDb;

    public static StoreAt LiteDb(string path) => new(StoreEngine.LiteDb, path, null);

    public static StoreAt PostgreSql(Cluster cluster, string database) => new(StoreEngine.PostgreSql, database, cluster);

    /// <summary>A new, empty store: LiteDB, a path in the scratch directory; PostgreSQL, a database made afresh.</summary>
    public static StoreAt New(StoreEngine engine, string? keptCluster, string name, Harness.ScratchDirectory scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        if (engine == StoreEngine.LiteDb) return LiteDb(scratch.File(name + ".db"));
        var cluster = Cluster.Of(keptCluster);
        var database = Sanitised(name);
        cluster.Drop(database);
        cluster.Create(database);
        return PostgreSql(cluster, database);
    }

    public bool Exists => _cluster is null ? File.Exists(Name) : _cluster.Exists(Name);

    public long Bytes => _cluster is null ? new FileInfo(Name).Length : _cluster.SizeOf(Name);

    public string Size => $"{Bytes / 1024.0 / 1024.0:0.0} MiB";

    public override string ToString() => _cluster is null ? $"LiteDB {Name}" : $"PostgreSQL database {Name} (cluster {_cluster.Folder}, port {_cluster.Port})";

    /// <summary>The host's settings that open this store.</summary>
    public Dictionary<string, string?> Settings() => _cluster is null
        ? new() { ["Storage:DatabasePath"] = Name }
        : new() { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = _cluster.ConnectionString(Name) };

    /// <summary>A fresh copy, deleted when disposed: a file copied and flushed, or a database made from this one as template.</summary>
    public CopiedStore Copy() => _cluster is null ? CopiedStore.Of(new StoreCopy(Name)) : CopiedStore.Of(_cluster, Name);

    /// <summary>PostgreSQL: a copy of this database under a name of its own, kept (for a scenario that writes into it once).</summary>
    public StoreAt CopyNamed(string name)
    {
        if (_cluster is null) throw new InvalidOperationException("CopyNamed is for PostgreSQL; LiteDB copies the file");
        var database = Sanitised(name);
        _cluster.Drop(database);
        _cluster.Create(database, Name);
        return PostgreSql(_cluster, database);
    }

    private static string Sanitised(string name) =>
        "bench_" + new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());
}
