using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SoLienLac.Bot.Tests.Reports;

/// <summary>
/// Reads a PDF back the way a person's viewer would, with poppler-utils (pdftotext, pdftoppm).
/// Missing tools fail the test with what to install: a PDF nobody read is not a tested PDF.
/// </summary>
public static class Poppler
{
    /// <summary>The text layer, laid out as on the page (<c>pdftotext -layout</c>); pages end with a form feed.</summary>
    public static string Text(string pdf) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    /// <summary>
    /// The first page as a PNG image (<c>pdftoppm</c>), as a viewer would show it; returns its bytes.
    /// A page that does not rasterise is a page nobody can print.
    /// </summary>
    public static byte[] FirstPageImage(string pdf, string folder)
    {
        var prefix = Path.Combine(folder, Path.GetFileNameWithoutExtension(pdf) + "-page");
        Run("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        return File.ReadAllBytes(prefix + ".png");
    }

    /// <summary>How many pages pdftotext found: one form feed each.</summary>
    public static int Pages(string text) => text?.Count(c => c == '\f') ?? 0;

    /// <summary>The text of one page (1-based).</summary>
    public static string Page(string text, int number) => (text ?? "").Split('\f')[number - 1];

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"{tool} is not on PATH ({e.Message}). Install poppler-utils (apt-get install poppler-utils); .ci/run does.");
            throw;
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors.Result}");
            return output;
        }
    }
}
