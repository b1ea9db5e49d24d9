using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Storage.LiteDb;
using SoLienLac.Bot.Storage.LiteDb.Documents;
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

    private const int DefaultStudents = 100_000;
    private const double TargetPerSecond = 5_000;
    private const int WarmUps = 5_000;
    private const int PerRound = 20_000;
    private const int InMemory = 1_000;

    public static void Run(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var path = arguments.Database ?? scratch.File("big.db");
        var students = arguments.Students ?? DefaultStudents;
        if (File.Exists(path))
        {
            Report.Fact("store (reused, --db)", $"{new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MiB");
        }
        else
        {
            var built = DemoStore.Build(path, year => DemoPlans.Big(year, students), new ConsoleProgress("building", 20_000));
            Report.Fact("store (classes of 35, both terms)", $"{built.Students} students, {built.Size}, built in {built.BuildTime.TotalSeconds:0.0} s");
        }

        using var store = OpenStore.On(path);
        var grades = store.Get<SchoolDatabase>().Collection(Collections.Grades);
        var count = grades.Count();
        var rounds = arguments.Runs ?? 5;
        var random = new Random(2026);
        var codes = Enumerable.Range(0, WarmUps + (rounds * PerRound))
            .Select(_ => DemoProfile.CodeOf(random.Next(1, count + 1))).ToList();
        Report.Fact("gradebook documents", $"{count}, average {AverageMarks(store, codes):0} marks a student (year)");

        var book = store.Get<IGradeBook>();
        var missing = 0;
        Report.Rate("IGradeBook.MarksOf(code, Term.I)", Throughput.Measure(codes, code =>
        {
            if (book.MarksOf(code, Term.I).Count == 0) missing++;
        }, WarmUps, rounds), TargetPerSecond);
        Report.Rate("LiteDB FindById (grades, BsonDocument)", Throughput.Measure(codes, code =>
        {
            if (grades.FindById(code.Value) is null) missing++;
        }, WarmUps, rounds));
        var documents = codes.Take(InMemory).Select(c => grades.FindById(c.Value)).ToList();
        var cycle = Enumerable.Range(0, WarmUps + (rounds * PerRound)).Select(i => documents[i % InMemory]).ToList();
        Report.Rate("document → Assessments only (in memory)", Throughput.Measure(cycle, d => GradesDocument.To(d), WarmUps, rounds));
        if (missing > 0) Report.Fact("lookups that found nothing (should be 0)", missing.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static double AverageMarks(OpenStore store, IReadOnlyList<StudentCode> codes)
    {
        var book = store.Get<IGradeBook>();
        return codes.Take(1_000).Average(c => book.MarksOf(c).Count);
    }
}
