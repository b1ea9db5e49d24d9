using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.School;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Bot.Storage;
using SoLienLac.Bot.Storage.LiteDb;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// A teacher sends the gradebook they keep (XLSX or CSV, in the scores format): the bot checks every
/// row — their subjects and classes only — shows what would change, and saves it on «Xác nhận».
/// A file with any bad row is refused whole, each bad cell named, as the import verb does.
/// </summary>
public sealed class GradebookFileHandler(IEnumerable<IFileSource> sources, LiteDbPendingFiles pending, ScoresImport scores,
    ISchoolRecords records, Delivery.ScoreAlerts alerts, SchoolCalendar calendar) : IConfirmingFlow
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 2_000;
    private const int Shown = 15;

    public async Task ReceivedAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var document = turn.Message.Document!;
        if (TeacherGate.Resolve(turn) is not { } teacher) return;
        var extension = Path.GetExtension(document.FileName).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
        {
            turn.Say("Bot nhận bảng điểm dạng .xlsx hoặc .csv, với các cột student_code, subject, term, kind, score.");
            return;
        }
        if (document.Size > MaxBytes)
        {
            turn.Say($"Tệp {document.FileName} lớn quá 2 MB. Thầy cô gửi từng lớp một nhé.");
            return;
        }
        if (sources.FirstOrDefault(s => s.Channel == turn.Chat.Channel) is not { } source) { turn.Say(ChatTexts.DocumentNotExpected); return; }
        var content = await source.DownloadAsync(document, cancellationToken);
        var outcome = Check(teacher, document.FileName, content, turn.Chat.Channel);
        if (outcome is null)
        {
            turn.Say($"Tệp {document.FileName} có quá {MaxRows.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.')} dòng. Thầy cô gửi từng lớp một, hoặc nhờ giáo vụ nhập bằng lệnh import.");
            return;
        }
        if (!outcome.IsValid)
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"❌ Tệp {document.FileName} có {outcome.Errors.Count} lỗi — chưa lưu gì:");
            foreach (var error in outcome.Errors.Take(Shown)) text.Append("\n• ").Append(ImportMessages.Describe(document.FileName, error));
            if (outcome.Errors.Count > Shown) text.Append(CultureInfo.InvariantCulture, $"\n… và {outcome.Errors.Count - Shown} lỗi khác.");
            turn.Say(text.Append("\nSửa tệp rồi gửi lại.").ToString());
            return;
        }
        pending.Keep(turn.Chat, document.FileName, content);
        turn.Enter(new ConfirmingFile(document.FileName));
        turn.Say(new Reply(Preview(document.FileName, outcome)) { Buttons = TeachingTexts.ConfirmButtons });
    }

    public bool Continues(FlowState state) => state is ConfirmingFile;

    public Task ContinueAsync(Turn turn, CancellationToken cancellationToken)
    {
        turn.Say("Bảng điểm đang chờ: bấm «Xác nhận» để lưu, hoặc /huy.");
        return Task.CompletedTask;
    }

    public Task ConfirmAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (TeacherGate.Resolve(turn) is not { } teacher) return Task.CompletedTask;
        turn.EndFlow();
        if (pending.Take(turn.Chat) is not { } file) { turn.Say(TeachingTexts.NothingToConfirm); return Task.CompletedTask; }
        pending.Forget(turn.Chat);
        var outcome = Check(teacher, file.FileName, file.Content, turn.Chat.Channel);
        if (outcome is null || !outcome.IsValid) { turn.Say($"Tệp {file.FileName} không còn hợp lệ; hãy gửi lại."); return Task.CompletedTask; }
        records.Save(outcome.Changes);
        alerts.Queue(outcome.Changes.Assessments);
        turn.Say($"✅ Đã lưu bảng điểm {file.FileName}: {outcome.Summary.Added} điểm mới, {outcome.Summary.Changed} điểm sửa.");
        return Task.CompletedTask;
    }

    private ImportOutcome? Check(Teacher teacher, string fileName, byte[] content, string channel)
    {
        var path = Path.Combine(Path.GetTempPath(), $"solienlac-{Guid.NewGuid():N}{Path.GetExtension(fileName)}");
        PrivateFiles.Write(path, file => file.Write(content)); // a class's scores: not for the machine's other users
        try
        {
            var table = TableReader.Open(path);
            if (table.Rows.Skip(MaxRows).Any()) return null;
            table = table with { FileName = fileName };
            var actor = new Actor(teacher.Code, channel, $"bảng điểm {fileName}");
            return scores.Check(table, actor, calendar.Now, permitted: (student, mark) =>
                Authorization.Check(teacher, TeacherAction.EnterScores, student.ClassName, mark.Subject, calendar.IsClosed(mark.Term)) is null);
        }
        catch (Exception e) when (e is CsvHelper.CsvHelperException or InvalidDataException or IOException or InvalidOperationException)
        {
            return new ImportOutcome([new ImportError(1, "", null, ImportProblem.EmptyFile, e.Message)], new ChangeSet(), new ImportSummary(0, 0, 0, 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Preview(string fileName, ImportOutcome outcome)
    {
        var s = outcome.Summary;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"📝 Xem trước bảng điểm {fileName}: {s.Rows} dòng — {s.Added} điểm mới, {s.Changed} điểm sửa, {s.Unchanged} không đổi.");
        foreach (var entry in outcome.Changes.Audit.Where(a => a.OldValue is not null).Take(Shown))
            text.Append(CultureInfo.InvariantCulture, $"\n• {entry.Student} {entry.What}: {entry.OldValue} → {entry.NewValue}");
        return text.Append("\n\nChưa lưu gì. Bấm «Xác nhận» để lưu, hoặc «Hủy».").ToString();
    }
}
