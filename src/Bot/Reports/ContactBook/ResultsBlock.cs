using System.Globalization;
using SkiaSharp;
using SoLienLac.Domain.Results;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>The results under the table: learning, training, absences, and for the year the title and promotion.</summary>
internal static class ResultsBlock
{
    private const float Size = 10.5f;
    private const float Line = 17f;
    private const float Second = 330f;

    public static float Draw(PageCanvas page, float top, StudentResults results)
    {
        var rows = new List<(string Label, string Value)[]>
        {
            new[]
            {
                (ContactBookLabels.Learning, ContactBookLabels.Level(results.Learning)),
                (ContactBookLabels.Training, ContactBookLabels.Level(results.Conduct)),
            },
            new[]
            {
                (ContactBookLabels.Excused, results.Absences.Excused.ToString(CultureInfo.InvariantCulture)),
                (ContactBookLabels.Unexcused, results.Absences.Unexcused.ToString(CultureInfo.InvariantCulture)),
            },
        };
        if (results.Term is null)
        {
            rows.Add(
            [
                (ContactBookLabels.TitleAwarded, ContactBookLabels.Awarded(results.Title)),
                (ContactBookLabels.Promotion, ContactBookLabels.Promoted(results.Student, results.Promoted)),
            ]);
        }

        var height = (rows.Count * Line) + 8;
        page.Box(new SKRect(PageCanvas.Left, top, PageCanvas.Right, top + height));
        var y = top + 16f;
        foreach (var row in rows)
        {
            page.Field(row[0].Label, row[0].Value, PageCanvas.Left + 8, y, Size, Second - 20);
            page.Field(row[1].Label, row[1].Value, PageCanvas.Left + Second, y, Size, PageCanvas.ContentWidth - Second - 8);
            y += Line;
        }
        return top + height;
    }
}
