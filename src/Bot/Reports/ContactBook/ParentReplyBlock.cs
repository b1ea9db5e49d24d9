namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>Room for the parent's reply, as the paper book always had: a heading and lines to write on.</summary>
internal static class ParentReplyBlock
{
    /// <summary>The least the reply keeps, whatever the remarks above it take: the heading and two lines.</summary>
    public const float Least = 22f + (2 * HandwritingLines.Spacing);

    public static void Draw(PageCanvas page, float top, float bottom)
    {
        var y = top + 12f;
        page.Write(ContactBookLabels.ParentReply, PageCanvas.Left, y, 10.5f, bold: true);
        HandwritingLines.Draw(page, y + 10, bottom);
    }
}
