using SkiaSharp;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>The two signatures at the foot of the page: the homeroom teacher's, dated, and the parent's.</summary>
internal static class SignatureBlock
{
    public const float Height = 104f;

    public static void Draw(PageCanvas page, float top, ContactBookHeading heading)
    {
        const float quarter = PageCanvas.ContentWidth / 4;
        const float teacher = PageCanvas.Left + quarter;
        const float parent = PageCanvas.Right - quarter;
        var y = top + 10;
        page.Write(ContactBookLabels.Dated(heading.PrintedOn), teacher, y, 10f, align: SKTextAlign.Center);
        page.Write(ContactBookLabels.BlankDate, parent, y, 10f, align: SKTextAlign.Center);
        y += 16;
        page.Write(ContactBookLabels.Homeroom, teacher, y, 11f, bold: true, SKTextAlign.Center);
        page.Write(ContactBookLabels.Parent, parent, y, 11f, bold: true, SKTextAlign.Center);
        y += 13;
        page.Write(ContactBookLabels.SignHere, teacher, y, 8.5f, align: SKTextAlign.Center, color: PageCanvas.Hint);
        page.Write(ContactBookLabels.SignHere, parent, y, 8.5f, align: SKTextAlign.Center, color: PageCanvas.Hint);
        if (heading.HomeroomTeacher is { } name)
            page.Write(name, teacher, top + Height - 8, 11f, bold: true, SKTextAlign.Center);
    }
}
