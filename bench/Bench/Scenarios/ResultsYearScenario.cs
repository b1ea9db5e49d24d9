using System.Text.Json;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Reports;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// <c>results --class 6A --term year --format json</c> for a class of 45 with both terms complete:
/// the whole verb in-process, its start-up alone, and the computation and JSON once the host is
/// up. Target: under 200 ms after start-up.
/// </summary>
internal static class ResultsYearScenario
{
    public const string Name = "results-year";

    private const double TargetMs = 200;
    private static readonly ClassName Class = ClassName.Parse("6A");

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var store = DemoStore.Build(scratch.File("school.db"), DemoPlans.WholeYear);
        Report.Fact("demo store (classes of 45, both terms)", $"{store.Students} students, {store.Size}, built in {store.BuildTime.TotalSeconds:0.0} s");

        using (var json = JsonDocument.Parse(await ResultsVerb(store.Path)))
        {
            var students = json.RootElement.EnumerateArray().ToList();
            var titled = students.Count(s => s.GetProperty("title").ValueKind == JsonValueKind.String);
            Report.Fact($"the verb's JSON for {Class}", $"{students.Count} students, {titled} with a title");
        }

        var plan = arguments.Repetitions(defaultRuns: 30);
        Report.Timing("whole verb (host, open, compute, JSON)", await Measure.RepeatAsync(plan, () => ResultsVerb(store.Path)), TargetMs);
        Report.Timing("start-up only (host, open)", await Measure.RepeatAsync(plan, () => OpenStore.On(store.Path).Dispose()));
        using var open = OpenStore.On(store.Path);
        Report.Timing("compute + JSON (host up)", await Measure.RepeatAsync(plan, () => ComputeAndWrite(open)), TargetMs);
        Report.Timing("compute only (read records, Circular 22)", await Measure.RepeatAsync(plan, () => Compute(open)));
        Report.Timing("reads only (class, marks, conduct, absences)", await Measure.RepeatAsync(plan, () => ReadRecords(open)));
    }

    private static Task<string> ResultsVerb(string path) =>
        Verb.RunAsync("results", "--class", Class.Value, "--term", "year", "--format", "json", "--db", path);

    private static IReadOnlyList<StudentResults> Compute(OpenStore store) =>
        store.Get<ClassResults>().OfAsync(Class, store.Get<SchoolCalendar>().Year, term: null, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>What <see cref="ClassResults"/> reads, without the rules: how much of the time is the store.</summary>
    private static int ReadRecords(OpenStore store)
    {
        var grades = store.Get<IGradeBook>();
        var conduct = store.Get<IConductBook>();
        var attendance = store.Get<IAttendanceBook>();
        return store.Get<IStudentDirectory>().InClassAsync(Class, CancellationToken.None).GetAwaiter().GetResult()
            .Sum(s => grades.MarksOfAsync(s.Code, CancellationToken.None).GetAwaiter().GetResult().Count + conduct.LevelsOfAsync(s.Code, CancellationToken.None).GetAwaiter().GetResult().Count + attendance.AbsencesOfAsync(s.Code, CancellationToken.None).GetAwaiter().GetResult().Count);
    }

    private static string ComputeAndWrite(OpenStore store) => ResultsJson.Serialize(Compute(store));
}
