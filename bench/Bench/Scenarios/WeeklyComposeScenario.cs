using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bench.Delivery;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.Hosting;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.School;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// <see cref="WeeklySummaries.Compose"/> for a week of the 100,000-student store, every student with
/// one linked parent and an absence that week, on a copy of the store: the whole school's summaries
/// into the outbox (nothing is sent; the host is built, not started). Targets: at least 3,000
/// summaries a second on 2 cores, resident memory under 300 MB. With <c>--store postgres</c> the
/// same on a copy of the school in the bench's PostgreSQL cluster.
/// </summary>
internal static class WeeklyComposeScenario
{
    public const string Name = "weekly-compose";

    private const double TargetPerSecond = 3_000;
    private const long TargetBytes = 300L * 1024 * 1024;
    private const int ProbeClasses = 40;
    private static readonly Terminal Silent = new(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);

    public static void Run(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var template = BigStore.PrepareAt(arguments, scratch);
        var start = Stopwatch.GetTimestamp();
        using var copy = template.IsLiteDb ? null : template.Copy();
        var path = copy?.Store ?? StoreAt.LiteDb(scratch.File("weekly.db"));
        if (template.IsLiteDb) File.Copy(template.Name, path.Name);
        Report.Fact("copy of the store", $"{Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");

        var (year, week, families) = Prepare(path);
        Report.Fact("school year, week summarised", $"{year}, {week} ({week.Monday:yyyy-MM-dd} – {week.Sunday:yyyy-MM-dd})");
        Report.Fact("students / still studying", $"{families.Students} / {families.Studying}");
        Report.Fact("parent links / absences added in bulk", $"{families.LinksAdded} / {families.AbsencesAdded}");

        // What the preparation left behind is given back before the clock and the memory watch start.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        using var host = SchoolHost.BuildService(Settings(path, year), Silent, chatOnly: true);
        var summaries = host.Services.GetRequiredService<WeeklySummaries>();
        int queued;
        TimeSpan elapsed;
        string cost, jit;
        using (var memory = ResidentMemory.Watch())
        {
            Report.Fact("resident memory before Compose", $"{ResidentMemory.MiB(memory.AtStart)} (high-water mark reset: {(memory.HighWaterReset ? "yes" : "no")})");
            var watch = new ResourceWatch();
            var (jitMethods, jitTime) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
            start = Stopwatch.GetTimestamp();
            queued = summaries.ComposeAsync(week, CancellationToken.None).GetAwaiter().GetResult();
            elapsed = Stopwatch.GetElapsedTime(start);
            cost = watch.Since(Math.Max(queued, 1));
            jit = $"{JitInfo.GetCompiledMethodCount() - jitMethods} methods compiled, {(JitInfo.GetCompilationTime() - jitTime).TotalSeconds:0.0} s compiling";
            var peak = Math.Max(memory.SampledPeak, ResidentMemory.Read("VmHWM") ?? 0);
            var rate = queued / elapsed.TotalSeconds;
            Report.Fact("Compose(week), whole school", $"{queued} summaries in {elapsed.TotalSeconds:0.0} s = {rate:0}/s  target >= {TargetPerSecond:0}/s: {(rate >= TargetPerSecond ? "met" : "MISSED")}");
            Report.Fact("", cost.Replace("a call", "a summary", StringComparison.Ordinal));
            // LiteDB 5.0.20's Query.EQ writes the value into the expression's text, which it compiles and caches: one compile a student.
            Report.Fact("JIT during Compose", jit);
            Report.Fact("peak resident memory during Compose", $"{ResidentMemory.MiB(peak)} (sampled every 20 ms: {ResidentMemory.MiB(memory.SampledPeak)})  target < {ResidentMemory.MiB(TargetBytes)}: {(peak < TargetBytes ? "met" : "MISSED")}");
        }
        Report.Fact("peak working set of the whole process", $"{ResidentMemory.MiB(Process.GetCurrentProcess().PeakWorkingSet64)} (Process.PeakWorkingSet64, since the last reset)");
        Report.Fact("managed heap after Compose", $"{ResidentMemory.MiB(GC.GetGCMemoryInfo().HeapSizeBytes)}");
        var outbox = host.Services.GetRequiredService<IOutbox>();
        Report.Fact("outbox: pending messages", $"{outbox.CountsAsync(CancellationToken.None).GetAwaiter().GetResult()[OutboxStatus.Pending]} (should equal {families.Studying}, one a studying student)");

        start = Stopwatch.GetTimestamp();
        var again = summaries.ComposeAsync(week, CancellationToken.None).GetAwaiter().GetResult();
        Report.Fact("the same week again (adds nothing)", $"{again} queued in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");

        var steps = new ComposeSteps(host.Services);
        steps.Run(week, host.Services.GetRequiredService<IStudentDirectory>().ClassesAsync(CancellationToken.None).GetAwaiter().GetResult().Take(ProbeClasses));
        var total = steps.PerStudent.Sum(s => s.Microseconds);
        Report.Fact("where the time goes", $"the same calls one by one, {steps.Students} students of {ProbeClasses} classes: {total:0} µs a student");
        foreach (var (step, microseconds) in steps.PerStudent)
            Report.Fact($"  {step}", string.Create(CultureInfo.InvariantCulture, $"{microseconds,7:0.0} µs a student ({100 * microseconds / total:0} %), {steps.KiBPerStudent(step),6:0.0} KiB allocated"));
    }

    /// <summary>Links and absences go in through a host of their own, closed before the measured one opens.</summary>
    private static (SchoolYear Year, SchoolWeek Week, Families Families) Prepare(StoreAt path)
    {
        using var host = SchoolHost.BuildService(path.Settings(), Silent, chatOnly: true);
        var calendar = host.Services.GetRequiredService<SchoolCalendar>();
        // The store's year is the one the calendar had when BigStore built it; its demo "today" is 31 May,
        // so the last whole week before it (24–30 May) also holds the demo's own recent absences.
        var year = calendar.Year;
        var week = SchoolWeek.Of(new DateOnly(year.FirstYear + 1, 5, 31).AddDays(-7));
        var start = Stopwatch.GetTimestamp();
        var families = path.IsLiteDb
            ? WeeklyFamilies.Prepare(host.Services.GetRequiredService<SchoolDatabase>(), week, calendar.Now)
            : WeeklyFamiliesThroughPorts.Prepare(host.Services, week, calendar.Now);
        Report.Fact("bulk preparation", $"{Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");
        return (year, week, families);
    }

    private static Dictionary<string, string?> Settings(StoreAt path, SchoolYear year)
    {
        var settings = path.Settings();
        settings["School:Year"] = year.Name;
        settings["Logging:LogLevel:Default"] = "Warning";
        return settings;
    }
}
