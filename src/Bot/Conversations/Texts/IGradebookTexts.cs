using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Common;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.SchoolFiles;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Conversations.Texts;

/// <summary>A teacher's gradebook file (XLSX or CSV): what is refused and why, the preview, what was saved.</summary>
public interface IGradebookTexts
{
    string Formats { get; }

    string Waiting { get; }

    string FixAndResend { get; }

    string PreviewEnd { get; }

    /// <param name="file">The name as the teacher sent it, shortened.</param>
    string TooLarge(string file, int megabytes);

    string TooManyRows(string file, int rows);

    string Refused(string file, int errors);

    /// <summary>One bad cell of a refused gradebook, named as the import verb names it.</summary>
    string BadCell(string file, ImportError problem);

    string MoreErrors(int more);

    string NoLongerValid(string file);

    string Saved(string file, int added, int changed);

    string Preview(string file, int rows, int added, int changed, int unchanged);
}
