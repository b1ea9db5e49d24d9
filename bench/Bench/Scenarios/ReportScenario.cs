using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Reports;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Reports.ContactBook;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// The paper contact book: <c>report --class 6A --term 1 --out X.pdf</c> in-process for a class of
/// 45 (target under 2 s), its parts with the host up; then every class of a 1,000-student school,
/// class by class with the host up (where the time goes) and as the one verb <c>report --class all</c>,
/// in-process and as a fresh process (target under 30 s).
/// </summary>
internal static class ReportScenario
{
    public const string Name = "report";

    private const double ClassTargetMs = 2_000;
    private const double SchoolTargetMs = 30_000;
    private const int SchoolStudents = 1_000;
    private static readonly ClassName Class = ClassName.Parse("6A");

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        var store = DemoStore.Build(scratch.File("school.db"), DemoPlans.TermOne);
        Report.Fact("demo store (classes of 45, term I)", $"{store.Students} students, {store.Size}, built in {store.BuildTime.TotalSeconds:0.0} s");
        var pdf = scratch.File("6A.pdf");
        var said = await ClassVerb(store.Path, pdf);
        Report.Fact("the verb says", said.Trim().Replace(scratch.Path, "…", StringComparison.Ordinal));
        Report.Fact("the PDF", $"{PdfPages.Count(pdf)} pages, {new FileInfo(pdf).Length / 1024.0:0} KiB");

        var plan = arguments.Repetitions(defaultRuns: 10);
        Report.Timing("whole verb: report --class 6A --term 1", await Measure.RepeatAsync(plan, () => ClassVerb(store.Path, pdf)), ClassTargetMs);
        using (var open = OpenStore.On(store.Path))
        {
            var books = new SchoolBooks(open.Get<IServiceProvider>());
            var source = open.Get<ContactBookSource>();
            var book = source.ForClassAsync(Class, Term.I, cancellationToken: CancellationToken.None).GetAwaiter().GetResult();
            Report.Timing("ForClass + Render (host up)", await Measure.RepeatAsync(plan, () => books.Print(Class, Term.I)), ClassTargetMs);
            Report.Timing("ForClass only (records, Circular 22)", await Measure.RepeatAsync(plan, () => source.ForClassAsync(Class, Term.I, cancellationToken: CancellationToken.None).GetAwaiter().GetResult()));
            Report.Timing("Render only (Skia PDF, 45 pages)", await Measure.RepeatAsync(plan, () => ContactBookPdf.Render(book)));
            Report.Timing("Write to a file, as the verb does", await Measure.RepeatAsync(plan, () =>
            {
                using var file = File.Create(pdf);
                ContactBookPdf.Write(file, book);
            }));
        }
        Report.Timing("fresh process (dotnet SoLienLac.Bot.dll)", await Measure.RepeatAsync(new Repetitions(1, Math.Min(plan.Runs, 5)),
            () => BotProcess.RunAsync("report", "--class", Class.Value, "--term", "1", "--out", pdf, "--db", store.Path)), ClassTargetMs);

        var school = DemoStore.Build(scratch.File("school-1000.db"), year => new DemoOptions { Year = year, Students = SchoolStudents, StudentsPerClass = DemoPlans.ClassSize });
        Report.Fact($"school of {SchoolStudents} (term I)", $"{school.Students} students, {DemoSchool.Classes(new DemoOptions { Students = SchoolStudents, StudentsPerClass = DemoPlans.ClassSize }).Count} classes, built in {school.BuildTime.TotalSeconds:0.0} s");
        var schoolRuns = new Repetitions(0, Math.Min(plan.Runs, 3));
        using (var open = OpenStore.On(school.Path))
        {
            SchoolBooks? last = null;
            var times = await Measure.RepeatAsync(schoolRuns, () =>
            {
                last = new SchoolBooks(open.Get<IServiceProvider>());
                last.PrintAll(Term.I);
            });
            Report.Timing("every class: ForClass + Render (host up)", times, SchoolTargetMs);
            Report.Fact("", $"{last!.Pages} pages, {last.Pages / (times.Median / 1000):0} pages/s; gathering {last.Gathering.TotalSeconds:0.0} s, drawing {last.Drawing.TotalSeconds:0.0} s; {last.Bytes / 1024.0 / 1024.0:0.0} MiB of PDF");
        }
        var folder = scratch.File("books");
        var verb = await Measure.RepeatAsync(schoolRuns, () =>
            Verb.RunAsync("report", "--class", "all", "--term", "1", "--out", folder, "--db", school.Path));
        Report.Timing("whole verb: report --class all --term 1 (one progress bar)", verb, SchoolTargetMs);
        var files = Directory.GetFiles(folder, "*.pdf");
        var printed = files.Sum(PdfPages.Count);
        Report.Fact("", $"{printed} pages in {files.Length} files, {printed / (verb.Median / 1000):0} pages/s on {Environment.ProcessorCount} cores");
        Report.Timing("fresh process: report --class all", await Measure.RepeatAsync(new Repetitions(0, Math.Min(plan.Runs, 3)),
            () => BotProcess.RunAsync("report", "--class", "all", "--term", "1", "--out", folder, "--db", school.Path)), SchoolTargetMs);
    }

    private static Task<string> ClassVerb(string path, string pdf) =>
        Verb.RunAsync("report", "--class", Class.Value, "--term", "1", "--out", pdf, "--db", path);
}
