using System.Diagnostics;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Records;

namespace SoLienLac.Bench.Stores;

/// <summary>Writes a demo school into a new store the way the demo verb does: through the bot's host and <see cref="ISchoolRecords"/>, in batches.</summary>
internal static class DemoStore
{
    private const int StudentsPerBatch = 2_000;

    public static BuiltStore Build(string path, Func<SchoolYear, DemoOptions> plan, IProgress<int>? progress = null) =>
        Build(StoreAt.LiteDb(path), plan, progress);

    public static BuiltStore Build(StoreAt at, Func<SchoolYear, DemoOptions> plan, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(plan);
        var start = Stopwatch.GetTimestamp();
        var written = 0;
        using (var store = OpenStore.On(at))
        {
            var records = store.Get<ISchoolRecords>();
            foreach (var batch in DemoSchool.BuildInBatches(plan(store.Get<SchoolCalendar>().Year), StudentsPerBatch))
            {
                records.SaveAsync(batch, CancellationToken.None).GetAwaiter().GetResult();
                written += batch.Students.Count;
                progress?.Report(written);
            }
        }
        return new BuiltStore(at, written, Stopwatch.GetElapsedTime(start), at.Bytes);
    }
}
