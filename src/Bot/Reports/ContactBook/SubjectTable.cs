using SkiaSharp;
using SoLienLac.Domain.Calendar;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>The table of subjects: a two-row heading, then one row a subject.</summary>
internal static class SubjectTable
{
    private const float HeaderRow = 15f;
    private const float BodyRow = 17.5f;
    private const float HeaderSize = 8f;
    private const float BodySize = 10f;

    /// <summary>Draws the table from <paramref name="top"/> and returns the y below it.</summary>
    public static float Draw(PageCanvas page, float top, Term? term, IReadOnlyList<SubjectRow> rows)
    {
        var layout = term is null ? TableLayout.Year : TableLayout.Term;
        var x = Edges(layout.Widths);
        var bottom = top + (2 * HeaderRow) + (rows.Count * BodyRow);
        page.Box(new SKRect(x[0], top, x[^1], top + (2 * HeaderRow)), 0, fill: PageCanvas.Shade);
        foreach (var cell in layout.Header)
        {
            var rect = new SKRect(x[cell.Column], top + (cell.Row * HeaderRow), x[cell.Column + cell.Span], top + ((cell.Row + cell.Rows) * HeaderRow));
            TopAndLeft(page, rect);
            var lines = page.Text.Wrap(cell.Text, rect.Width - 4, HeaderSize, bold: true);
            var baseline = rect.MidY - ((lines.Count - 1) * 4.5f) + 3f;
            foreach (var line in lines)
            {
                page.Write(line, rect.MidX, baseline, HeaderSize, bold: true, SKTextAlign.Center);
                baseline += 9f;
            }
        }

        var y = top + (2 * HeaderRow);
        for (var i = 0; i < rows.Count; i++, y += BodyRow)
        {
            var row = rows[i];
            var cells = new List<string> { (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), row.Subject };
            cells.AddRange(row.Cells);
            for (var c = 0; c < cells.Count && c < layout.Widths.Count; c++)
            {
                TopAndLeft(page, new SKRect(x[c], y, x[c + 1], y + BodyRow));
                var last = c == layout.Widths.Count - 1;
                var baseline = y + BodyRow - 5.5f;
                if (c == 1)
                    page.Write(cells[c], x[c] + 4, baseline, page.Text.Fit(cells[c], layout.Widths[c] - 8, BodySize), false);
                else
                    page.Write(cells[c], (x[c] + x[c + 1]) / 2, baseline, page.Text.Fit(cells[c], layout.Widths[c] - 4, BodySize, last), last, SKTextAlign.Center);
            }
        }
        // Every cell drew its top and left edges only, so no line is stroked twice (and darker);
        // the frame closes the table.
        page.Box(new SKRect(x[0], top, x[^1], bottom), 0.9f);
        return bottom;
    }

    private static void TopAndLeft(PageCanvas page, SKRect cell)
    {
        page.Line(cell.Left, cell.Top, cell.Right, cell.Top);
        page.Line(cell.Left, cell.Top, cell.Left, cell.Bottom);
    }

    private static float[] Edges(IReadOnlyList<float> widths)
    {
        var edges = new float[widths.Count + 1];
        edges[0] = PageCanvas.Left;
        for (var i = 0; i < widths.Count; i++) edges[i + 1] = edges[i] + widths[i];
        return edges;
    }
}
