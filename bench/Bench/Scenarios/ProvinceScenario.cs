using System.Globalization;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Province;
using SoLienLac.Bench.Stores.PostgreSql;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// A province on one deployment (issue 17, part 5), on PostgreSQL: the province's store
/// (<see cref="ProvinceStore"/>: <c>--students</c> over <c>--schools</c>, every guardian linked), its
/// size table by table; the week's summaries for every family composed and sent by two real bot
/// processes with the sender killed mid fan-out (<see cref="FanOut"/>); then the parents' query mix
/// against the big store (<see cref="QueryScenario"/>, on a copy). Targets: compose at least 3,000
/// summaries a second in total, send at the fake's 1,000 a second, nothing lost, at most one duplicate
/// a kill.
/// </summary>
internal static class ProvinceScenario
{
    public const string Name = "province";

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        var students = arguments.Students ?? ProvinceStore.DefaultStudents;
        var schools = arguments.Schools ?? ProvinceStore.DefaultSchools;
        var cluster = Cluster.Of(arguments.Database);
        var province = ProvinceStore.Prepare(cluster, students, schools);

        Report.Fact("the province's store, table by table", $"{province}");
        using (var sql = new StoreSql(cluster.ConnectionString(province.Name)))
            StoreSql.Print(sql.Tables(), sql.DatabaseBytes());

        Report.Heading($"{Name}: the week's summaries, two bot processes");
        await FanOut.RunAsync(province, cluster.Folder, arguments.Rate ?? 1_000, arguments.Limit ?? 1_000, arguments.Kills ?? 1);

        Report.Heading($"{Name}: the parents' questions against the province ({students.ToString("N0", CultureInfo.InvariantCulture)} students)");
        await QueryScenario.RunAsync(arguments with { Store = Stores.StoreEngine.PostgreSql }, province, onCopy: true);
    }
}
