namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>Dotted lines across the page, far enough apart to write on with a pen.</summary>
internal static class HandwritingLines
{
    public const float Spacing = 20f;

    /// <summary>Draws lines from <paramref name="top"/> while they fit above <paramref name="bottom"/>; returns the y below the last.</summary>
    public static float Draw(PageCanvas page, float top, float bottom)
    {
        var y = top + 4;
        for (; y <= bottom; y += Spacing) page.Dots(PageCanvas.Left, PageCanvas.Right, y);
        return y - Spacing + 4;
    }
}
