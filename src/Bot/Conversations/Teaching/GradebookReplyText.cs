using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.SchoolFiles;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>
/// The two long answers to a gradebook: the refusal, each bad cell on its line, and the preview of
/// what would change. Both fit one Telegram message whatever the file holds: the file's name and the
/// values it quotes are shortened, and the refusal lists only as many cells as fit.
/// </summary>
public static class GradebookReplyText
{
    private const int Shown = 15;

    /// <summary>Leaves room in one Telegram message (4,096) for the last line.</summary>
    private const int MaxLength = 3_500;

    public static string Refusal(Catalogue texts, string fileName, IReadOnlyList<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        var words = texts.Gradebook;
        var text = new StringBuilder(words.Refused(EchoedText.FileName(fileName), errors.Count));
        var shown = 0;
        foreach (var error in errors.Take(Shown))
        {
            var line = "\n• " + words.BadCell(fileName, error);
            if (text.Length + line.Length > MaxLength) break;
            text.Append(line);
            shown++;
        }
        if (errors.Count > shown) text.Append(words.MoreErrors(errors.Count - shown));
        return text.Append(words.FixAndResend).ToString();
    }

    public static string Preview(Catalogue texts, string fileName, ImportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(outcome);
        var s = outcome.Summary;
        var text = new StringBuilder(texts.Gradebook.Preview(EchoedText.FileName(fileName), s.Rows, s.Added, s.Changed, s.Unchanged));
        foreach (var entry in outcome.Changes.Audit.Where(a => a.OldValue is not null).Take(Shown))
            text.Append(CultureInfo.InvariantCulture, $"\n• {entry.Student} {entry.What}: {entry.OldValue} → {entry.NewValue}");
        return text.Append(texts.Gradebook.PreviewEnd).ToString();
    }
}
