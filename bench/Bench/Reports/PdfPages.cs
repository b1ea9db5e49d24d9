using System.Text;
using System.Text.RegularExpressions;

namespace SoLienLac.Bench.Reports;

/// <summary>
/// Counts the pages of a PDF by its page objects (<c>/Type /Page</c>, not <c>/Pages</c>): Skia writes
/// them uncompressed, so no PDF library is needed to check that a book has a page a student.
/// </summary>
internal static partial class PdfPages
{
    public static int Count(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    public static int Count(string path) => Count(File.ReadAllBytes(path));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
