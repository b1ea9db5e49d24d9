using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.School;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Bot.Storage;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// A teacher sends the gradebook they keep (XLSX or CSV, in the scores format): the bot checks every
/// row — their subjects and classes only — shows what would change, and saves it on «Xác nhận».
/// A file with any bad row is refused whole, each bad cell named, as the import verb does. The file is
/// read in memory, never copied to disk, and kept in the store only while it waits for «Xác nhận».
/// </summary>
public sealed class GradebookFileHandler(IEnumerable<IFileSource> sources, IPendingFiles pending, ScoresImport scores,
    ISchoolRecords records, Delivery.ScoreAlerts alerts, SchoolCalendar calendar, SchoolProfiles profiles) : IConfirmingFlow
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 2_000;

    public async Task ReceivedAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var document = turn.Message.Document!;
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var shownName = EchoedText.FileName(document.FileName);
        if (Path.GetExtension(document.FileName).ToLowerInvariant() is not (".xlsx" or ".csv"))
        {
            turn.Say(turn.Texts.Gradebook.Formats);
            return;
        }
        if (sources.FirstOrDefault(s => s.Channel == turn.Chat.Channel) is not { } source) { turn.Say(turn.Texts.Chat.DocumentNotExpected); return; }
        var content = document.Size > MaxBytes ? null : await source.DownloadAsync(document, MaxBytes, cancellationToken);
        if (content is null)
        {
            turn.Say(turn.Texts.Gradebook.TooLarge(shownName, MaxBytes / (1024 * 1024)));
            return;
        }
        var outcome = await CheckAsync(teacher, document.FileName, content, turn.Chat.Channel, cancellationToken: cancellationToken);
        if (outcome is null)
        {
            turn.Say(turn.Texts.Gradebook.TooManyRows(shownName, MaxRows));
            return;
        }
        if (!outcome.IsValid)
        {
            turn.Say(GradebookReplyText.Refusal(turn.Texts, document.FileName, outcome.Errors));
            return;
        }
        await pending.KeepAsync(turn.Chat, new PendingFile(document.FileName, content), calendar.Now, cancellationToken);
        turn.Enter(new ConfirmingFile(document.FileName));
        turn.Say(new Reply(GradebookReplyText.Preview(turn.Texts, document.FileName, outcome)) { Buttons = TeacherGate.ConfirmButtons(turn) });
    }

    public bool Continues(FlowState state) => state is ConfirmingFile;

    public Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        turn.Say(turn.Texts.Gradebook.Waiting);
        return Task.CompletedTask;
    }

    public async Task ConfirmAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        turn.EndFlow();
        if (await pending.TakeAsync(turn.Chat, cancellationToken) is not { } file) { turn.Say(turn.Texts.Teaching.NothingToConfirm); return; }
        var shownName = EchoedText.FileName(file.FileName);
        var outcome = await CheckAsync(teacher, file.FileName, file.Content, turn.Chat.Channel, cancellationToken: cancellationToken);
        if (outcome is null || !outcome.IsValid) { turn.Say(turn.Texts.Gradebook.NoLongerValid(shownName)); return; }
        // The marks, their audit and the parents' alerts in one save: a crash keeps all or none.
        await alerts.AddToAsync(outcome.Changes, cancellationToken);
        await records.SaveAsync(outcome.Changes, cancellationToken);
        alerts.Wake();
        turn.Say(turn.Texts.Gradebook.Saved(shownName, outcome.Summary.Added, outcome.Summary.Changed));
    }

    /// <summary>
    /// After every message: a file kept for «Xác nhận» lives exactly as long as that step. «Xác nhận»,
    /// «Hủy», /huy or any other command that leaves it deletes the file from the store at once.
    /// </summary>
    public async Task SettleAsync(ChatState before, ChatState after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Flow is ConfirmingFile && after.Flow is not ConfirmingFile) await pending.ForgetAsync(after.Chat, cancellationToken);
    }

    private async Task<ImportOutcome?> CheckAsync(Teacher teacher, string fileName, byte[] content, string channel, CancellationToken cancellationToken)
    {
        try
        {
            // The teacher's file is for the schools they teach in; each school's own closed terms.
            var schools = new Dictionary<string, SchoolProfile>(StringComparer.Ordinal);
            foreach (var school in teacher.Schools) schools[school ?? ""] = await profiles.OfAsync(school, cancellationToken);
            var table = TableReader.Open(fileName, content) with { School = teacher.Schools.Count == 1 ? teacher.Schools[0] : null };
            if (table.Rows.Skip(MaxRows).Any()) return null;
            var actor = new Actor(teacher.Code, channel, $"bảng điểm {EchoedText.FileName(fileName)}");
            return await scores.CheckAsync(table, actor, calendar.Now, permitted: (student, mark) =>
                Authorization.Check(teacher, TeacherAction.EnterScores, student.ClassName, mark.Subject,
                    schools.TryGetValue(student.ClassName.School ?? "", out var of) && of.IsClosed(mark.Term)) is null, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (TableReader.CannotRead(e))
        {
            // A sheet broken part-way: said in the school's words, never with the library's message.
            return new ImportOutcome([new ImportError(0, "", null, ImportProblem.Unreadable)], new ChangeSet(), new ImportSummary(0, 0, 0, 0));
        }
    }
}
