using SoLienLac.Bench.Files;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bench.Teaching;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// A teacher's work on the demo school with classes of 45 (term I complete, term II empty): a
/// 45-line batch for one column of 6A's Toán, previewed and applied, each run on a fresh copy of the
/// store (target under 100 ms); then a 1,500-row XLSX gradebook checked and previewed (target under 1 s).
/// </summary>
internal static class TeacherBatchScenario
{
    public const string Name = "teacher-batch";

    private const int GradebookRows = 1_500;
    private const double TargetMs = 100;
    private const int FlushedBytes = 512 * 1024;
    private static readonly ClassName Class = ClassName.Parse("6A");

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var store = DemoStore.Build(scratch.File("template.db"), DemoPlans.TermOne);
        Report.Fact("demo store (classes of 45, term I)", $"{store.Students} students, {store.Size}, built in {store.BuildTime.TotalSeconds:0.0} s");
        var gradebookTeacher = GradebookTeacher.AddTo(store.Path, Class);
        var plan = arguments.Repetitions(defaultRuns: 30);

        List<Student> roster;
        Teacher toan;
        using (var open = OpenStore.On(store.Path))
        {
            roster = open.Get<IStudentDirectory>().InClassAsync(Class, CancellationToken.None).GetAwaiter().GetResult().ToList();
            toan = open.Get<ITeacherDirectory>().AllAsync(CancellationToken.None).GetAwaiter().GetResult().First(t => !t.IsAdmin && t.Teaches(SubjectCatalog.Toan, Class));
        }
        Report.Fact($"{Class}'s Toán teacher", $"{toan.Code}, {roster.Count} students in the class");
        var lines = ScoreLines.For(roster, seed: 2026);
        await MeasureBatch("new", new ScoreBatchRequest(toan, Class, SubjectCatalog.Toan, Term.II, Column.Regular(1), lines), store.Path, plan);
        await MeasureBatch("corrected", new ScoreBatchRequest(toan, Class, SubjectCatalog.Toan, Term.I, Column.Regular(1), lines), store.Path, plan);
        // About what an apply's commit writes to LiteDB's log: 45 rewritten gradebook documents, 45 audit entries, their index pages.
        Report.Timing($"disk: {FlushedBytes / 1024} KiB appended + flushed", await Measure.RepeatAsync(plan, () => DiskFlush.Append(scratch.File("flush.bin"), FlushedBytes)));

        var xlsx = scratch.File($"so-diem-{Class}.xlsx");
        ScoresFile.WriteXlsx(xlsx, ScoresFile.ForClass(roster.Select(s => s.Code).ToList(), Class.Grade, GradebookRows, seed: 2026));
        await GradebookMeasurements.RunAsync(xlsx, gradebookTeacher, store.Path, plan);
    }

    private static async Task MeasureBatch(string what, ScoreBatchRequest request, string template, Repetitions plan)
    {
        using (var once = PreviewedBatch.Of(template, request))
            Report.Fact($"{what}: {request.Lines.Count} lines ({request.Term.Vietnamese()} {request.Column})", ScoreBatchRequest.Describe(once.Batch));
        Report.Timing($"{what}: preview + apply", await Measure.RepeatAsync(plan, () => OpenStore.OnCopyOf(template), s => request.PreviewAndApply(s)), TargetMs);
        Report.Timing($"{what}: preview only (Preview + text)", await Measure.RepeatAsync(plan, () => OpenStore.OnCopyOf(template), s => request.Preview(s)));
        Report.Timing($"{what}: apply only (one transaction)", await Measure.RepeatAsync(plan, () => PreviewedBatch.Of(template, request), p => request.Apply(p.Store, p.Batch)));
    }
}
