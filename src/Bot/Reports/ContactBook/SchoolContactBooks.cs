using SoLienLac.Bot.Storage;
using SoLienLac.Files;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>How far the whole school's printing has got: pages and classes done of the total.</summary>
public readonly record struct SchoolPrintProgress(int PagesDone, int PagesTotal, int ClassesDone, int ClassesTotal);

/// <summary>One class's book as written: the class, its pages and the file.</summary>
public sealed record PrintedBook(ClassName ClassName, int Pages, string Path);

/// <summary>
/// Every class's contact book at the end of a term, one PDF a class in one folder, as the school's
/// office prints them. The records are read class by class (reads share the store's one gate) while
/// the pages of the classes already read are drawn on the other cores. Each file is written beside
/// its final name and moved into place when complete, so a failure never leaves half a book under
/// the real name.
/// </summary>
public sealed class SchoolContactBooks(ContactBookSource source, IStudentDirectory students)
{
    public async Task<IReadOnlyList<PrintedBook>> PrintAllAsync(string folder, Term? term, IProgress<SchoolPrintProgress>? progress = null,
        string? school = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        PrivateFiles.CreateDirectory(folder);
        // One school's classes: the store's (a store of one school), or the one named in a store of many.
        var classes = (await students.ClassesAsync(cancellationToken)).Where(c => c.School == school).ToList();
        var rosters = new Dictionary<ClassName, IReadOnlyList<Student>>();
        foreach (var c in classes) rosters[c] = await students.InClassAsync(c, cancellationToken);
        var total = rosters.Values.Sum(r => r.Count);
        var gate = new Lock();
        var (pagesDone, classesDone) = (0, 0);
        progress?.Report(new SchoolPrintProgress(0, total, 0, classes.Count));

        var printed = new PrintedBook[classes.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, classes.Count, options, async (i, token) =>
        {
            var className = classes[i];
            var book = await source.ForClassAsync(className, term, rosters[className], token);
            var path = Path.Combine(folder, FileName(className, term));
            var pages = new PagesDone(page =>
            {
                lock (gate)
                {
                    pagesDone++;
                    if (page == book.Pages.Count) classesDone++;
                    progress?.Report(new SchoolPrintProgress(pagesDone, Math.Max(total, pagesDone), classesDone, classes.Count));
                }
            });
            PrivateFiles.Write(path, file => ContactBookPdf.Write(file, book, pages));
            printed[i] = new PrintedBook(className, book.Pages.Count, path);
        });
        return printed;
    }

    /// <summary>so-lien-lac-6A-hk1.pdf, so-lien-lac-6A-ca-nam-HS0001.pdf: the names <c>report</c> gives files in a folder.</summary>
    public static string FileName(ClassName className, Term? term, StudentCode? only = null) =>
        $"so-lien-lac-{className}-{(term is null ? "ca-nam" : "hk1")}{(only is { } code ? "-" + code : "")}.pdf";

    private sealed class PagesDone(Action<int> done) : IProgress<int>
    {
        public void Report(int value) => done(value);
    }
}
