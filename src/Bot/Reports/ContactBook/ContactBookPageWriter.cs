using SkiaSharp;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>Lays out one student's page, top to bottom, with the signatures held at the foot.</summary>
internal static class ContactBookPageWriter
{
    private const float FooterBaseline = PageCanvas.Height - 22f;
    private const float SignatureTop = FooterBaseline - 14f - SignatureBlock.Height;

    public static void Draw(PageCanvas page, ContactBookHeading heading, ContactBookPage content, int number, int count)
    {
        var y = HeadingBlock.Draw(page, heading, content.Student);
        y = SubjectTable.Draw(page, y, heading.Term, content.Subjects);
        y = ResultsBlock.Draw(page, y + 10, content.Results);
        y = RemarksBlock.Draw(page, y + 6, SignatureTop - 8 - ParentReplyBlock.Least, content.Remarks);
        ParentReplyBlock.Draw(page, y + 6, SignatureTop - 8);
        SignatureBlock.Draw(page, SignatureTop, heading);
        page.Write(ContactBookLabels.Page(content.Student, number, count), PageCanvas.Left + (PageCanvas.ContentWidth / 2),
            FooterBaseline, 7.5f, align: SKTextAlign.Center, color: PageCanvas.Hint);
    }
}
