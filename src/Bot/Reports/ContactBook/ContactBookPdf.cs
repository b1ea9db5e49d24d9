using SkiaSharp;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>
/// The printable contact book as a PDF: one A4 page a student, drawn with Skia's PDF backend, text
/// shaped by HarfBuzz and kept as text (searchable, copyable, readable by pdftotext).
/// </summary>
public static class ContactBookPdf
{
    public static byte[] Render(ContactBook book, IProgress<int>? pagesDone = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, book, pagesDone);
        return buffer.ToArray();
    }

    public static void Write(Stream output, ContactBook book, IProgress<int>? pagesDone = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(book);
        using var text = new PdfText();
        using var document = SKDocument.CreatePdf(output, Metadata(book.Heading))
            ?? throw new InvalidOperationException("Skia could not start a PDF document");
        for (var i = 0; i < book.Pages.Count; i++)
        {
            var canvas = document.BeginPage(PageCanvas.Width, PageCanvas.Height);
            ContactBookPageWriter.Draw(new PageCanvas(canvas, text), book.Heading, book.Pages[i], i + 1, book.Pages.Count);
            document.EndPage();
            pagesDone?.Report(i + 1);
        }
        document.Close();
    }

    private static SKDocumentPdfMetadata Metadata(ContactBookHeading heading) => new()
    {
        Title = $"{ContactBookLabels.Title} – Lớp {heading.ClassName} – {ContactBookLabels.Subtitle(heading)}",
        Author = heading.SchoolName,
        Subject = ContactBookLabels.Footer,
        Creator = "SoLienLac",
        Creation = heading.PrintedOn.ToDateTime(TimeOnly.MinValue),
    };
}
