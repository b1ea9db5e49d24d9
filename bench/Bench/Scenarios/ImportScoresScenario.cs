using SoLienLac.Bench.Files;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// <c>import scores FILE</c> of a 1,500-row term-II file for one class of 45, CSV and XLSX, into a
/// fresh copy of the demo store each run: the whole verb in-process, its start-up alone, and the
/// check and save it does once the host is up. Target: under 1 s after start-up. With
/// <c>--store postgres</c> the school is a database of the bench's cluster and every run's copy a
/// database made from it.
/// </summary>
internal static class ImportScoresScenario
{
    public const string Name = "import-scores";

    private const int Rows = 1_500;
    private const double TargetMs = 1_000;
    private static readonly ClassName Class = ClassName.Parse("6A");

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var store = DemoStore.Build(StoreAt.New(arguments.Store, arguments.Database, "template", scratch), DemoPlans.TermOne);
        Report.Fact("demo store (classes of 45, term I)", $"{store.Store.Engine}: {store.Students} students, {store.Size}, built in {store.BuildTime.TotalSeconds:0.0} s");

        var rows = ScoresFile.ForClass(StudentsOfClass(store.Store), Class.Grade, Rows, seed: 2026);
        var csv = scratch.File("scores.csv");
        var xlsx = scratch.File("scores.xlsx");
        ScoresFile.WriteCsv(csv, rows);
        ScoresFile.WriteXlsx(xlsx, rows);
        Report.Fact("scores file", $"{rows.Count} rows, {rows.DistinctBy(r => r.StudentCode).Count()} students of {Class}, term 2");

        var plan = arguments.Repetitions(defaultRuns: 20);
        foreach (var file in new[] { csv, xlsx })
            await MeasureFile(file, store.Store, plan);
    }

    private static async Task MeasureFile(string file, StoreAt template, Repetitions plan)
    {
        var format = Path.GetExtension(file).TrimStart('.');
        using (var copy = template.Copy())
            Report.Fact($"{format}: the verb says", (await ImportVerb(file, copy.Store)).Trim());

        Report.Timing($"{format}: whole verb (host, open, check, save)",
            await Measure.RepeatAsync(plan, template.Copy, copy => ImportVerb(file, copy.Store)), TargetMs);
        Report.Timing($"{format}: start-up only (host, open)",
            await Measure.RepeatAsync(plan, template.Copy, copy => OpenStore.On(copy.Store).Dispose()));
        Report.Timing($"{format}: check + save (host up)",
            await Measure.RepeatAsync(plan, () => OpenStore.OnCopyOf(template), s => ImportSteps.CheckAndSave(s, file)), TargetMs);
        Report.Timing($"{format}: check only (read, parse, compare)",
            await Measure.RepeatAsync(plan, () => OpenStore.OnCopyOf(template), s => ImportSteps.Check(s, file)));
        Report.Timing($"{format}: save only (one transaction)",
            await Measure.RepeatAsync(plan, () => CheckedImport.Of(template, file), c => ImportSteps.Save(c.Store, c.Outcome)));
        Report.Timing($"{format}: close after the save (checkpoint)",
            await Measure.RepeatAsync(plan, () => CheckedImport.Saved(template, file), c => c.Store.Dispose()));
    }

    /// <summary>LiteDB: <c>--db</c> as a user would type it; PostgreSQL: the engine's settings laid over the configuration.</summary>
    private static Task<string> ImportVerb(string file, StoreAt store) => store.IsLiteDb
        ? Verb.RunAsync("import", "scores", file, "--db", store.Name)
        : Verb.RunWithAsync(store.Settings(), "import", "scores", file);

    private static List<StudentCode> StudentsOfClass(StoreAt at)
    {
        using var store = OpenStore.On(at);
        return store.Get<IStudentDirectory>().InClassAsync(Class, CancellationToken.None).GetAwaiter().GetResult().Select(s => s.Code).ToList();
    }
}
