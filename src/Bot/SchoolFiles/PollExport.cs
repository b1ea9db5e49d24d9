using SoLienLac.Files;
using MiniExcelLibs;
using SoLienLac.Bot.Conversations.Polls;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>What an export of a poll wrote: how many children it asks about, how many answered, and who they are (for the access log).</summary>
public sealed record PollRows(int Children, int Answered, IReadOnlyList<StudentCode> Students);

/// <summary>
/// A poll's answers as XLSX or CSV: a row a child (class, code, name), the answer and when it was given
/// (dd/MM/yyyy HH:mm, the school's time); an empty answer for a child whose family has not answered.
/// Names only: no phone or chat.
/// </summary>
public static class PollExport
{
    private static readonly string[] Headers = ["Lớp", "Mã học sinh", "Họ và tên", "Câu trả lời", "Thời điểm"];

    public static async Task<PollRows> WriteAsync(string path, Poll poll, IStudentDirectory students, IPolls polls, SchoolCalendar calendar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(polls);
        ArgumentNullException.ThrowIfNull(calendar);
        var children = await PollDesk.ChildrenOfAsync(students, poll, cancellationToken);
        var answers = (await polls.AnswersAsync(poll.Id, cancellationToken)).ToDictionary(a => a.Student);
        var rows = children.OrderBy(c => c.ClassName.Value, StringComparer.Ordinal).ThenBy(c => c.Code.Value, StringComparer.Ordinal).Select(c =>
        {
            var answer = answers.GetValueOrDefault(c.Code);
            var at = answer is null ? "" : calendar.ToLocal(answer.At).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            var option = answer is not null && answer.Option >= 0 && answer.Option < poll.Options.Count ? poll.Options[answer.Option] : "";
            return (IReadOnlyList<string>)[c.ClassName.Value, c.Code.Value, c.FullName, option, at];
        }).ToList();
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            PrivateFiles.Write(path, file => file.SaveAs(rows.Select(r => Headers.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => (object)p.Item2)), excelType: ExcelType.XLSX));
        else
            SchoolCsv.WriteFile(path, Headers, rows);
        return new PollRows(children.Count, children.Count(c => answers.ContainsKey(c.Code)), children.Select(c => c.Code).ToList());
    }
}
