using System.Globalization;
using System.Text;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Entry;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>The preview of a score batch: new, changed (old → new), unchanged, and refused lines with why.</summary>
public static class ScorePreviewText
{
    public static string Render(Catalogue texts, ScoreBatch batch)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(batch);
        var words = texts.Entry;
        var text = new StringBuilder(words.ScoresPreviewHeading(batch.Subject, batch.ClassName, batch.Term, batch.Column));
        if (batch.New.Count > 0)
        {
            text.Append('\n').Append(words.NewScores(batch.New.Count));
            foreach (var c in batch.New) text.Append(CultureInfo.InvariantCulture, $"\n• {c.Student.Code} {c.Student.FullName}: {texts.Format.Mark(c.After)}");
        }
        if (batch.Corrected.Count > 0)
        {
            text.Append('\n').Append(words.CorrectedScores(batch.Corrected.Count));
            foreach (var c in batch.Corrected)
                text.Append(CultureInfo.InvariantCulture, $"\n• {c.Student.Code} {c.Student.FullName}: {texts.Format.Mark(c.Before!.Value)} → {texts.Format.Mark(c.After)}");
        }
        if (batch.Unchanged > 0) text.Append('\n').Append(words.UnchangedScores(batch.Unchanged));
        if (batch.Issues.Count > 0)
            text.Append('\n').Append(words.NotAccepted(batch.Issues.Count)).Append(texts.Teaching.Issues(batch.Issues));
        return text.ToString();
    }
}
