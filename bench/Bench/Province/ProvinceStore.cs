using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bench.Stores.PostgreSql;
using SoLienLac.Bot.Conversations.Privacy;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Schools;

namespace SoLienLac.Bench.Province;

/// <summary>
/// The province on PostgreSQL, in a database of the bench's cluster named by its size
/// (<c>province_100000_500</c>): the students of <see cref="ProvinceLayout"/> with a whole year of
/// records, written through <see cref="ISchoolRecords"/> in batches of 2,000 as the demo verb does;
/// the schools through <see cref="ISchools"/>; and every guardian linked from a Telegram chat of
/// their own (<see cref="IChatLinks"/>, the phone as proof where there is one) with the consent
/// agreed (<see cref="IConsents"/>), as each parent's verification and «Đồng ý» would leave them.
/// Seeded under another name and renamed when whole; with <c>--db DIR</c> the cluster is kept and
/// the province reused.
/// </summary>
internal static class ProvinceStore
{
    public const int DefaultStudents = 100_000;
    public const int DefaultSchools = 500;

    /// <summary>The first guardian's chat; the others follow in the order the guardians are written.</summary>
    public const long FirstChatId = 800_000_001;

    private const int StudentsPerBatch = 2_000;
    private const int LinkingTasks = 8;

    public static StoreAt Prepare(Cluster cluster, int students, int schools)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var name = $"province_{students}_{schools}";
        if (cluster.Kept) DropLeftCopies(cluster);
        if (cluster.Exists(name))
        {
            var kept = StoreAt.PostgreSql(cluster, name);
            Report.Fact("province (reused, kept cluster)", $"{kept}, {kept.Size}");
            return kept;
        }
        var building = name + "_building";
        cluster.Drop(building);
        cluster.Create(building);
        Build(StoreAt.PostgreSql(cluster, building), students, schools);
        cluster.Rename(building, name);
        return StoreAt.PostgreSql(cluster, name);
    }

    /// <summary>Copies (<c>run_…</c>) a bench that was stopped short left in the kept cluster: gigabytes each, of no further use.</summary>
    private static void DropLeftCopies(Cluster cluster)
    {
        var left = new List<string>();
        using (var source = NpgsqlDataSource.Create(cluster.ConnectionString("postgres") + ";Pooling=false"))
        using (var command = source.CreateCommand("SELECT datname FROM pg_database WHERE datname LIKE 'run\\_%'"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) left.Add(reader.GetString(0));
        }
        foreach (var database in left) cluster.Drop(database);
        if (left.Count > 0) Report.Fact("copies left by an earlier run, dropped", string.Join(", ", left));
    }

    private static void Build(StoreAt at, int students, int schools)
    {
        var start = Stopwatch.GetTimestamp();
        using var service = OpenStore.Serving(at);
        var calendar = service.Get<SchoolCalendar>();
        var now = calendar.Now;
        var layout = new ProvinceLayout(ProvinceLayout.WholeYear(calendar.Year, students), schools);
        var registry = service.Get<ISchools>();
        for (var school = 1; school <= schools; school++)
            registry.AddAsync(School.Add(ProvinceLayout.SchoolCode(school), ProvinceLayout.SchoolName(school), now), CancellationToken.None).GetAwaiter().GetResult();

        var records = service.Get<ISchoolRecords>();
        var links = service.Get<IChatLinks>();
        var consents = service.Get<IConsents>();
        var consentText = service.Get<ConsentText>();
        var progress = new ConsoleProgress("province", 20_000);
        var (written, guardians, chat) = (0, 0, FirstChatId);
        var (seeding, linking) = (TimeSpan.Zero, TimeSpan.Zero);
        foreach (var batch in layout.Batches(StudentsPerBatch))
        {
            var step = Stopwatch.GetTimestamp();
            records.SaveAsync(batch, CancellationToken.None).GetAwaiter().GetResult();
            seeding += Stopwatch.GetElapsedTime(step);
            step = Stopwatch.GetTimestamp();
            var families = new List<(ParentLink Link, string Person)>();
            foreach (var (child, ofChild) in batch.Guardians)
            {
                foreach (var guardian in ofChild)
                {
                    var address = new ChatAddress("telegram", (chat++).ToString(CultureInfo.InvariantCulture));
                    var phone = guardian.Phone?.National;
                    families.Add((new ParentLink(address, child, phone is null ? LinkProof.ActivationCode : LinkProof.Phone, phone, now, null), $"{phone} — {child}"));
                }
            }
            Parallel.ForEachAsync(families, new ParallelOptions { MaxDegreeOfParallelism = LinkingTasks }, async (family, ct) =>
            {
                await links.SaveAsync(family.Link, ct);
                var version = consentText.For(Catalogue.Vietnamese, family.Link.Chat).Version;
                await consents.RecordAsync(new Consent(family.Link.Chat, family.Person, now, version, ConsentDecision.Agreed), ct);
            }).GetAwaiter().GetResult();
            linking += Stopwatch.GetElapsedTime(step);
            written += batch.Students.Count;
            guardians += families.Count;
            progress.Report(written);
        }
        Report.Fact("province built", string.Create(CultureInfo.InvariantCulture,
            $"{written} students in {layout.Classes.Count} classes of {schools} schools, {guardians} guardians each linked from a chat of their own, in {Stopwatch.GetElapsedTime(start).TotalSeconds:0} s"));
        Report.Fact("  of which", string.Create(CultureInfo.InvariantCulture,
            $"records {seeding.TotalSeconds:0} s (ISchoolRecords, batches of {StudentsPerBatch}), links and consents {linking.TotalSeconds:0} s ({LinkingTasks} tasks)"));
    }
}
