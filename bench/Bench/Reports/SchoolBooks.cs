using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Reports.ContactBook;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Reports;

/// <summary>
/// The contact books of every class with the host already up, as a school's office would print them at
/// the end of a term: <see cref="ContactBookSource.ForClass"/> then <see cref="ContactBookPdf.Render"/>,
/// class by class. Keeps how long the gathering and the drawing took, and the pages made.
/// </summary>
internal sealed class SchoolBooks(IServiceProvider services)
{
    private readonly ContactBookSource _source = services.GetRequiredService<ContactBookSource>();

    public TimeSpan Gathering { get; private set; }

    public TimeSpan Drawing { get; private set; }

    public int Pages { get; private set; }

    public long Bytes { get; private set; }

    public IReadOnlyList<ClassName> Classes => services.GetRequiredService<IStudentDirectory>().ClassesAsync(CancellationToken.None).GetAwaiter().GetResult();

    public byte[] Print(ClassName className, Term? term)
    {
        var start = TimeProvider.System.GetTimestamp();
        var book = _source.ForClassAsync(className, term, cancellationToken: CancellationToken.None).GetAwaiter().GetResult();
        var gathered = TimeProvider.System.GetTimestamp();
        var pdf = ContactBookPdf.Render(book);
        Gathering += TimeProvider.System.GetElapsedTime(start, gathered);
        Drawing += TimeProvider.System.GetElapsedTime(gathered);
        Pages += book.Pages.Count;
        Bytes += pdf.Length;
        return pdf;
    }

    public void PrintAll(Term? term)
    {
        foreach (var className in Classes) Print(className, term);
    }
}
