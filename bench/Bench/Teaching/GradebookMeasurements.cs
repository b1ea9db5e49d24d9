using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Teaching;

/// <summary>
/// A teacher's XLSX gradebook, checked and previewed: the file handler's steps alone, and the whole
/// document message through the engine (download from disk, check, preview text, the file kept
/// for «Xác nhận», the chat's state saved). Target: under 1 s.
/// </summary>
internal static class GradebookMeasurements
{
    private const double TargetMs = 1_000;

    public static async Task RunAsync(string xlsx, Teacher teacher, string template, Repetitions plan)
    {
        var name = Path.GetFileName(xlsx);
        var content = await File.ReadAllBytesAsync(xlsx);
        using var service = OpenStore.ServingCopyOf(template);
        var summary = GradebookCheck.Run(service, teacher, name, content).Summary;
        Report.Fact($"gradebook {name}", $"{content.Length / 1024.0:0.0} KiB, {summary.Rows} rows: {summary.Added} new, {summary.Changed} changed");
        Report.Timing("gradebook: checked as the handler does", await Measure.RepeatAsync(plan, () => GradebookCheck.Run(service, teacher, name, content)), TargetMs);
        // The handler reads the sheet twice: once to hold it to the row cap, once to check it.
        Report.Timing("gradebook: one read of the sheet (TableReader)", await Measure.RepeatAsync(plan, () => RowsIn(xlsx)));

        var engine = service.Get<ConversationEngine>();
        var message = new IncomingMessage(GradebookTeacher.Chat, GradebookTeacher.Chat.Id, IsPrivate: true)
        {
            Document = new IncomingDocument(xlsx, name, content.Length),
        };
        var reply = (await engine.HandleAsync(message, CancellationToken.None))[0].Text;
        if (!reply.StartsWith("📝", StringComparison.Ordinal)) throw new InvalidOperationException($"the gradebook was not previewed: {reply}");
        Report.Fact("gradebook: the engine replies", reply.Split('\n')[0]);
        Report.Timing("gradebook: the document message, engine", await Measure.RepeatAsync(plan, () => engine.HandleAsync(message, CancellationToken.None)), TargetMs);
    }

    private static int RowsIn(string path) => TableReader.Open(path).Rows.Count();
}
