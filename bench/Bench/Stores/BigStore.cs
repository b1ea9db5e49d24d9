using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores.PostgreSql;

namespace SoLienLac.Bench.Stores;

/// <summary>
/// The 100,000-student store with a whole year of marks. LiteDB: at <c>--db PATH</c>, reused when it
/// exists and kept afterwards; otherwise built in the scratch directory (about five minutes).
/// PostgreSQL (<c>--store postgres</c>): a database of the bench's cluster, seeded through the same
/// port; with <c>--db DIR</c> the cluster is kept in DIR and the seeded school reused.
/// </summary>
internal static class BigStore
{
    public const int DefaultStudents = 100_000;

    public static string Prepare(BenchArguments arguments, ScratchDirectory scratch)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(scratch);
        var path = arguments.Database ?? scratch.File("big.db");
        if (File.Exists(path))
        {
            Report.Fact("store (reused, --db)", $"{new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MiB");
            return path;
        }
        Build(StoreAt.LiteDb(path), arguments.Students ?? DefaultStudents);
        return path;
    }

    /// <summary>The big school on the engine <c>--store</c> chose.</summary>
    public static StoreAt PrepareAt(BenchArguments arguments, ScratchDirectory scratch)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Store == StoreEngine.LiteDb) return StoreAt.LiteDb(Prepare(arguments, scratch));
        var students = arguments.Students ?? DefaultStudents;
        var cluster = Cluster.Of(arguments.Database);
        var name = $"big_{students}";
        if (cluster.Exists(name))
        {
            var kept = StoreAt.PostgreSql(cluster, name);
            Report.Fact("store (reused, kept cluster)", $"{kept}, {kept.Size}");
            return kept;
        }
        // Seeded under another name and renamed when whole: a seeding cut short is never taken for the school.
        var building = $"big_{students}_building";
        cluster.Drop(building);
        cluster.Create(building);
        Build(StoreAt.PostgreSql(cluster, building), students);
        cluster.Rename(building, name);
        return StoreAt.PostgreSql(cluster, name);
    }

    private static void Build(StoreAt at, int students)
    {
        var built = DemoStore.Build(at, year => DemoPlans.Big(year, students), new ConsoleProgress("building", 20_000));
        Report.Fact("store (classes of 35, both terms)", $"{at.Engine}: {built.Students} students, {built.Size}, built in {built.BuildTime.TotalSeconds:0.0} s");
    }
}
