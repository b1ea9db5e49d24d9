using System.Globalization;
using System.Text;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Entry;

namespace SoLienLac.Bot.Conversations.Teaching;

/// <summary>The preview of a score batch: new, changed (old → new), unchanged, and refused lines with why.</summary>
public static class ScorePreviewText
{
    public static string Render(ScoreBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"📝 Xem trước: {batch.Subject.Name} — lớp {batch.ClassName} — {batch.Term.Vietnamese()} — cột {batch.Column}");
        if (batch.New.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nMới ({batch.New.Count}):");
            foreach (var c in batch.New) text.Append(CultureInfo.InvariantCulture, $"\n• {c.Student.Code} {c.Student.FullName}: {c.After.ToVietnamese()}");
        }
        if (batch.Corrected.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nSửa ({batch.Corrected.Count}):");
            foreach (var c in batch.Corrected)
                text.Append(CultureInfo.InvariantCulture, $"\n• {c.Student.Code} {c.Student.FullName}: {c.Before!.Value.ToVietnamese()} → {c.After.ToVietnamese()}");
        }
        if (batch.Unchanged > 0) text.Append(CultureInfo.InvariantCulture, $"\nKhông đổi: {batch.Unchanged}");
        if (batch.Issues.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"\nKhông nhận ({batch.Issues.Count}):").Append(TeachingTexts.Issues(batch.Issues));
        return text.ToString();
    }
}
