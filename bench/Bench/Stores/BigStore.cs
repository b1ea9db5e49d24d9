using SoLienLac.Bench.Harness;

namespace SoLienLac.Bench.Stores;

/// <summary>
/// The 100,000-student store with a whole year of marks: at <c>--db PATH</c>, reused when it
/// exists and kept afterwards; otherwise built in the scratch directory (about five minutes).
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
        var students = arguments.Students ?? DefaultStudents;
        var built = DemoStore.Build(path, year => DemoPlans.Big(year, students), new ConsoleProgress("building", 20_000));
        Report.Fact("store (classes of 35, both terms)", $"{built.Students} students, {built.Size}, built in {built.BuildTime.TotalSeconds:0.0} s");
        return path;
    }
}
