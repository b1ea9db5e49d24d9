using SoLienLac.Domain.Conduct;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>
/// The homeroom teacher's remarks, wrapped to the page: the latest that fit above
/// <paramref name="bottom"/>, oldest of them first, in smaller type rather than cut. With none yet,
/// dotted lines to write on by hand.
/// </summary>
internal static class RemarksBlock
{
    private const int MostRemarks = 3;
    private static readonly float[] Sizes = [10f, 9.5f, 9f, 8.5f, 8f];

    /// <summary>Draws the remarks and returns the y below them.</summary>
    public static float Draw(PageCanvas page, float top, float bottom, IReadOnlyList<Remark> remarks)
    {
        var y = top + 12f;
        page.Write(ContactBookLabels.Remarks, PageCanvas.Left, y, 10.5f, bold: true);
        y += 16f;
        if (remarks.Count == 0) return HandwritingLines.Draw(page, y - 4, y - 4 + HandwritingLines.Spacing);

        var (lines, size) = Fitting(page.Text, remarks, bottom - y);
        var line = LineHeight(size);
        foreach (var text in lines)
        {
            page.Write(text, PageCanvas.Left + 12, y, size);
            y += line;
        }
        return y - line + 4;
    }

    private static float LineHeight(float size) => size * 1.4f;

    /// <summary>The latest remark whole at the largest size it fits, with the earlier ones that fit too; cut only at the smallest.</summary>
    private static (List<string> Lines, float Size) Fitting(PdfText text, IReadOnlyList<Remark> remarks, float height)
    {
        foreach (var size in Sizes)
        {
            var room = (int)(height / LineHeight(size)) + 1;
            var chosen = new List<string>();
            foreach (var remark in remarks.Reverse().Take(MostRemarks))
            {
                var wrapped = Wrap(text, remark, size);
                if (chosen.Count + wrapped.Count > room) break;
                chosen.InsertRange(0, wrapped);
            }
            if (chosen.Count > 0) return (chosen, size);
        }
        var smallest = Sizes[^1];
        var latest = Wrap(text, remarks[^1], smallest);
        var fits = Math.Max(1, (int)(height / LineHeight(smallest)) + 1);
        return ([.. latest.Take(fits - 1), latest[fits - 1] + " …"], smallest);
    }

    private static IReadOnlyList<string> Wrap(PdfText text, Remark remark, float size) =>
        text.Wrap(ContactBookLabels.RemarkLine(remark.Date, remark.Text), PageCanvas.ContentWidth - 12, size);
}
