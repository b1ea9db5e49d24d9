using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Demo;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Storage.LiteDb.Documents;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// One student's term scores, <see cref="IGradeBook.MarksOf(StudentCode, Term)"/>, for random
/// students of a 100,000-student store with a whole year of marks, on one thread; beside it the
/// raw LiteDB <c>FindById</c> on the same collection, and the document's conversion to the domain
/// alone, which together make up a lookup. Target: at least 5,000 lookups a second.
/// </summary>
internal static class LookupsScenario
{
    public const string Name = "lookups";

    private const double TargetPerSecond = 5_000;
    private const int WarmUps = 5_000;
    private const int PerRound = 20_000;
    private const int InMemory = 1_000;

    public static void Run(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var path = BigStore.Prepare(arguments, scratch);

        using var store = OpenStore.On(path);
        var grades = store.Get<SchoolDatabase>().Collection(Collections.Grades);
        var book = store.Get<IGradeBook>();
        var missing = 0;
        void MarksOf(StudentCode code) => missing += book.MarksOfAsync(code, Term.I, CancellationToken.None).GetAwaiter().GetResult().Count == 0 ? 1 : 0;
        void FindById(StudentCode code) => missing += grades.FindById(code.Value) is null ? 1 : 0;

        // Every document once, in random order, on the freshly opened file: LiteDB's page cache starts empty.
        var random = new Random(2026);
        var everyone = Enumerable.Range(1, grades.Count()).Select(DemoProfile.CodeOf).ToArray();
        random.Shuffle(everyone);
        Rate("MarksOf, first touch of each document", everyone.Length, () => Throughput.Measure(everyone, MarksOf, warmUps: 0, rounds: 1));

        var rounds = arguments.Runs ?? 5;
        var codes = Enumerable.Range(0, WarmUps + (rounds * PerRound)).Select(_ => everyone[random.Next(everyone.Length)]).ToList();
        Report.Fact("gradebook documents", $"{everyone.Length}, average {codes.Take(InMemory).Average(c => book.MarksOfAsync(c, CancellationToken.None).GetAwaiter().GetResult().Count):0} marks a student (year)");
        Rate("IGradeBook.MarksOf(code, Term.I)", codes.Count, () => Throughput.Measure(codes, MarksOf, WarmUps, rounds), TargetPerSecond);
        Rate("LiteDB FindById (grades, BsonDocument)", codes.Count, () => Throughput.Measure(codes, FindById, WarmUps, rounds));
        var documents = codes.Take(InMemory).Select(c => grades.FindById(c.Value)).ToList();
        var cycle = Enumerable.Range(0, WarmUps + (rounds * PerRound)).Select(i => documents[i % InMemory]).ToList();
        Rate("document → Assessments, Term.I (in memory)", cycle.Count, () => Throughput.Measure(cycle, d => GradesDocument.To(d, Term.I), WarmUps, rounds));
        Rate("document → Assessments, year (in memory)", cycle.Count, () => Throughput.Measure(cycle, d => GradesDocument.To(d), WarmUps, rounds));
        if (missing > 0) Report.Fact("lookups that found nothing (should be 0)", missing.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>One measurement of <paramref name="calls"/> calls, warm-ups included, then the cores and garbage collection it took.</summary>
    private static void Rate(string what, int calls, Func<ThroughputResult> measure, double? targetPerSecond = null)
    {
        var watch = new ResourceWatch();
        var result = measure();
        Report.Rate(what, result, targetPerSecond);
        Report.Fact("", watch.Since(calls));
    }
}
