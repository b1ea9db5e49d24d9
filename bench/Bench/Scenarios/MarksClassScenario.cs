using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// A class's marks read and written through the ports, to compare how the engines keep them:
/// LiteDB packs a student's year into one binary value, PostgreSQL keeps a typed row a cell
/// (decision 0012). On the whole-year school of classes of 45: the class's year in one read
/// (<see cref="IGradeBook.MarksOfAsync(IReadOnlyCollection{StudentCode}, CancellationToken)"/>),
/// one student's year, and every mark of the class changed and saved in one change set
/// (<see cref="ISchoolRecords"/>), the values alternating run to run so that every save changes them all.
/// </summary>
internal static class MarksClassScenario
{
    public const string Name = "marks-class";

    private static readonly ClassName Class = ClassName.Parse("6A");

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var built = DemoStore.Build(StoreAt.New(arguments.Store, arguments.Database, "marks", scratch), DemoPlans.WholeYear);
        Report.Fact("demo store (classes of 45, both terms)", $"{built.Store.Engine}: {built.Students} students, {built.Size}, built in {built.BuildTime.TotalSeconds:0.0} s");

        using var store = OpenStore.On(built.Store);
        var book = store.Get<IGradeBook>();
        var records = store.Get<ISchoolRecords>();
        var codes = store.Get<IStudentDirectory>().InClassAsync(Class, CancellationToken.None).GetAwaiter().GetResult().Select(s => s.Code).ToList();
        var marks = (await book.MarksOfAsync(codes, CancellationToken.None)).SelectMany(g => g).ToList();
        Report.Fact($"class {Class}", $"{codes.Count} students, {marks.Count} marks for the year ({marks.Count / (double)codes.Count:0} a student)");

        var reads = arguments.Repetitions(defaultRuns: 200, defaultWarmUps: 20);
        Report.Timing("read: the class's year (one call)", await Measure.RepeatAsync(reads, () => book.MarksOfAsync(codes, CancellationToken.None)));
        var random = new Random(5);
        Report.Timing("read: one student's year", await Measure.RepeatAsync(reads, () => book.MarksOfAsync(codes[random.Next(codes.Count)], CancellationToken.None)));

        var writes = arguments.Repetitions(defaultRuns: 20, defaultWarmUps: 2);
        var round = 0;
        Report.Timing($"write: all {marks.Count} marks of the class changed, one change set", await Measure.RepeatAsync(writes, () =>
            records.SaveAsync(Changed(marks, ++round), CancellationToken.None)));
        var check = (await book.MarksOfAsync(codes, CancellationToken.None)).SelectMany(g => g).ToDictionary(m => m.Key);
        var expected = Changed(marks, round).Assessments;
        Report.Fact("after the last write, marks as written (should be all)", $"{expected.Count(m => check.TryGetValue(m.Key, out var got) && got.Mark == m.Mark)} of {expected.Count}");
        Report.Fact("store size", built.Store.Size + (built.Store.IsLiteDb ? " (the file)" : " (pg_database_size)"));
    }

    /// <summary>Every score moved by 0.1 up or down (the direction alternating with the round), Đ/CĐ flipped each round.</summary>
    private static ChangeSet Changed(IEnumerable<Assessment> marks, int round)
    {
        var changes = new ChangeSet();
        changes.Assessments.AddRange(marks.Select(m => m with { Mark = Shifted(m.Mark, round) }));
        return changes;
    }

    private static Mark Shifted(Mark mark, int round)
    {
        if (mark.Score is not { } score) return round % 2 == 1 ? Mark.Comment(!mark.Passed!.Value) : mark;
        var up = score.Value < 10m;
        var value = round % 2 == 1 ? (up ? score.Value + 0.1m : score.Value - 0.1m) : score.Value;
        return Mark.Of(Score.Of(value));
    }
}
