namespace SoLienLac.Bench.Stores;

/// <summary>The engine a scenario's store runs on (<c>--store litedb|postgres</c>).</summary>
internal enum StoreEngine
{
    LiteDb,
    PostgreSql,
}
