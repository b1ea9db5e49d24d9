using SoLienLac.Bench.Files;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bench.Teaching;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Subjects;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// A teacher's work on the demo school with classes of 45 (term I complete, term II empty): a
/// 45-line batch for one column of 6A's Toán, previewed and applied (target under 100 ms); and a
/// 1,500-row XLSX gradebook checked and previewed (target under 1 s), as the file handler's steps
/// and as the whole document message through the engine.
/// </summary>
internal static class TeacherBatchScenario
{
    public const string Name = "teacher-batch";

    private const int GradebookRows = 1_500;
    private const double BatchTargetMs = 100;
    private const double GradebookTargetMs = 1_000;
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
            roster = open.Get<IStudentDirectory>().InClass(Class).ToList();
            toan = open.Get<ITeacherDirectory>().All().First(t => !t.IsAdmin && t.Teaches(SubjectCatalog.Toan, Class));
        }
        Report.Fact($"{Class}'s Toán teacher", $"{toan.Code}, {roster.Count} students in the class");
        var lines = ScoreLines.For(roster, seed: 2026);
        await MeasureBatch("new", new ScoreBatchRequest(toan, Class, SubjectCatalog.Toan, Term.II, Column.Regular(1), lines), store.Path, plan);
        await MeasureBatch("corrected", new ScoreBatchRequest(toan, Class, SubjectCatalog.Toan, Term.I, Column.Regular(1), lines), store.Path, plan);

        var xlsx = scratch.File($"so-diem-{Class}.xlsx");
        ScoresFile.WriteXlsx(xlsx, ScoresFile.ForClass(roster.Select(s => s.Code).ToList(), Class.Grade, GradebookRows, seed: 2026));
        await MeasureGradebook(xlsx, gradebookTeacher, store.Path, plan);
    }

    private static async Task MeasureBatch(string what, ScoreBatchRequest request, string template, Repetitions plan)
    {
        var label = $"{request.Lines.Count} lines ({request.Term.Vietnamese()} {request.Column})";
        using (var once = PreviewedBatch.Of(template, request))
            Report.Fact($"{what}: {label}", ScoreBatchRequest.Describe(once.Batch));
        Report.Timing($"{what}: preview + apply", await Measure.RepeatAsync(plan, () => OpenStore.OnCopyOf(template), s => request.PreviewAndApply(s)), BatchTargetMs);
        Report.Timing($"{what}: preview only (Preview + text)", await Measure.RepeatAsync(plan, () => OpenStore.OnCopyOf(template), s => request.Preview(s)));
        Report.Timing($"{what}: apply only (one transaction)", await Measure.RepeatAsync(plan, () => PreviewedBatch.Of(template, request), p => request.Apply(p.Store, p.Batch)));
    }

    private static async Task MeasureGradebook(string xlsx, Teacher teacher, string template, Repetitions plan)
    {
        var name = Path.GetFileName(xlsx);
        var content = await File.ReadAllBytesAsync(xlsx);
        using var service = OpenStore.ServingCopyOf(template);
        var summary = GradebookCheck.Run(service, teacher, name, content).Summary;
        Report.Fact($"gradebook {name}", $"{content.Length / 1024.0:0.0} KiB, {summary.Rows} rows: {summary.Added} new, {summary.Changed} changed");
        Report.Timing("gradebook: checked as the handler does", await Measure.RepeatAsync(plan, () => GradebookCheck.Run(service, teacher, name, content)), GradebookTargetMs);

        var engine = service.Get<ConversationEngine>();
        var message = new IncomingMessage(GradebookTeacher.Chat, GradebookTeacher.Chat.Id, IsPrivate: true)
        {
            Document = new IncomingDocument(xlsx, name, content.Length),
        };
        var reply = (await engine.HandleAsync(message, CancellationToken.None))[0].Text;
        if (!reply.StartsWith("📝", StringComparison.Ordinal)) throw new InvalidOperationException($"the gradebook was not previewed: {reply}");
        Report.Fact("gradebook: the engine replies", reply.Split('\n')[0]);
        Report.Timing("gradebook: the document message, engine", await Measure.RepeatAsync(plan, () => engine.HandleAsync(message, CancellationToken.None)), GradebookTargetMs);
    }
}
