using SoLienLac.Bench.Stores.PostgreSql;

namespace SoLienLac.Bench.Stores;

/// <summary>A fresh copy of a store for one timed run, deleted when disposed.</summary>
internal sealed class CopiedStore : IDisposable
{
    private readonly Action _delete;

    private CopiedStore(StoreAt store, Action delete)
    {
        Store = store;
        _delete = delete;
    }

    public StoreAt Store { get; }

    public static CopiedStore Of(StoreCopy file) => new(StoreAt.LiteDb(file.Path), file.Dispose);

    public static CopiedStore Of(Cluster cluster, string template)
    {
        var database = $"run_{Guid.NewGuid():N}";
        cluster.Create(database, template);
        return new CopiedStore(StoreAt.PostgreSql(cluster, database), () => cluster.Drop(database));
    }

    public void Dispose() => _delete();
}
