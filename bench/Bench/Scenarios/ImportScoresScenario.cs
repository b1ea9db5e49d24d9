using SoLienLac.Bench.Files;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// <c>import scores FILE</c> of a 1,500-row term-II file for one class of 45, CSV and XLSX, into a
/// fresh copy of the demo store each run: the whole verb in-process, its start-up alone, and the
/// check and save it does once the host is up. Target: under 1 s after start-up.
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
        var store = DemoStore.Build(scratch.File("template.db"), DemoPlans.TermOne);
        Report.Fact("demo store (classes of 45, term I)", $"{store.Students} students, {store.Size}, built in {store.BuildTime.TotalSeconds:0.0} s");

        var rows = ScoresFile.ForClass(StudentsOfClass(store.Path), Class.Grade, Rows, seed: 2026);
        var csv = scratch.File("scores.csv");
        var xlsx = scratch.File("scores.xlsx");
        ScoresFile.WriteCsv(csv, rows);
        ScoresFile.WriteXlsx(xlsx, rows);
        Report.Fact("scores file", $"{rows.Count} rows, {rows.DistinctBy(r => r.StudentCode).Count()} students of {Class}, term 2");

        var plan = arguments.Repetitions(defaultRuns: 20);
        foreach (var file in new[] { csv, xlsx })
            await MeasureFile(file, store.Path, plan);
    }

    private static async Task MeasureFile(string file, string template, Repetitions plan)
    {
        var format = Path.GetExtension(file).TrimStart('.');
        using (var copy = new StoreCopy(template))
            Report.Fact($"{format}: the verb says", (await ImportVerb(file, copy)).Trim());

        Report.Timing($"{format}: whole verb (host, open, check, save)",
            await Measure.RepeatAsync(plan, () => new StoreCopy(template), copy => ImportVerb(file, copy)), TargetMs);
        Report.Timing($"{format}: start-up only (host, open)",
            await Measure.RepeatAsync(plan, () => new StoreCopy(template), copy => OpenStore.On(copy.Path).Dispose()));
        Report.Timing($"{format}: check + save (host up)",
            await Measure.RepeatAsync(plan, () => OpenStore.OnCopyOf(template), s => ImportSteps.CheckAndSave(s, file)), TargetMs);
        Report.Timing($"{format}: check only (read, parse, compare)",
            await Measure.RepeatAsync(plan, () => OpenStore.OnCopyOf(template), s => ImportSteps.Check(s, file)));
        Report.Timing($"{format}: save only (one transaction)",
            await Measure.RepeatAsync(plan, () => CheckedImport.Of(template, file), c => ImportSteps.Save(c.Store, c.Outcome)));
        Report.Timing($"{format}: close after the save (checkpoint)",
            await Measure.RepeatAsync(plan, () => CheckedImport.Saved(template, file), c => c.Store.Dispose()));
    }

    private static Task<string> ImportVerb(string file, StoreCopy copy) =>
        Verb.RunAsync("import", "scores", file, "--db", copy.Path);

    private static List<StudentCode> StudentsOfClass(string path)
    {
        using var store = OpenStore.On(path);
        return store.Get<IStudentDirectory>().InClassAsync(Class, CancellationToken.None).GetAwaiter().GetResult().Select(s => s.Code).ToList();
    }
}
