using System.Globalization;
using System.Text;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts.English;

public sealed class EnglishGradebookTexts : IGradebookTexts
{
    private static readonly EnglishFormats Values = new();

    public string Formats => "The bot takes a gradebook as .xlsx or .csv, with the columns student_code, subject, term, kind, score.";

    public string Waiting => "A gradebook is waiting: press «Confirm» to save it, or /cancel.";

    public string FixAndResend => "\nCorrect the file and send it again.";

    public string PreviewEnd => "\n\nNothing is saved yet. Press «Confirm» to save, or «Cancel».";

    public string TooLarge(string file, int megabytes) => $"The file {file} is larger than {megabytes} MB. Please send one class at a time.";

    public string TooManyRows(string file, int rows) =>
        $"The file {file} has more than {Values.Number(rows)} rows. Please send one class at a time, or ask the academic office to use the import command.";

    public string Refused(string file, int errors) => $"❌ The file {file} has {errors} {(errors == 1 ? "error" : "errors")} — nothing was saved:";

    public string BadCell(string file, ImportError problem) => ImportMessages.Describe(file, problem, english: true);

    public string MoreErrors(int more) => $"\n… and {more} more.";

    public string NoLongerValid(string file) => $"The file {file} is no longer valid; please send it again.";

    public string Saved(string file, int added, int changed) => $"✅ Saved the gradebook {file}: {added} new, {changed} corrected.";

    public string Preview(string file, int rows, int added, int changed, int unchanged) =>
        $"📝 Preview of the gradebook {file}: {rows} {(rows == 1 ? "row" : "rows")} — {added} new, {changed} corrected, {unchanged} unchanged.";
}
