using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>
/// Text on a PDF page in DejaVu Sans, shaped by HarfBuzz so that stacked Vietnamese marks ("ặ",
/// "ỗ") sit right, and drawn as glyphs the PDF maps back to Unicode: the page keeps a text layer.
/// </summary>
internal sealed class PdfText : IDisposable
{
    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;
    private readonly SKShaper _regularShaper;
    private readonly SKShaper _boldShaper;
    private readonly Dictionary<(bool Bold, float Size), SKFont> _fonts = [];
    private readonly SKPaint _paint = new() { IsAntialias = true, Color = SKColors.Black };

    public PdfText()
    {
        _regular = Load("DejaVuSans.ttf");
        _bold = Load("DejaVuSans-Bold.ttf");
        _regularShaper = new SKShaper(_regular);
        _boldShaper = new SKShaper(_bold);
    }

    public float Measure(string text, float size, bool bold = false) =>
        string.IsNullOrEmpty(text) ? 0 : Shaper(bold).Shape(text, Font(bold, size)).Width;

    /// <summary>Draws at the baseline <paramref name="y"/>; x is the left edge, the centre or the right edge.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float y, float size, bool bold = false,
        SKTextAlign align = SKTextAlign.Left, SKColor? color = null)
    {
        _paint.Color = color ?? SKColors.Black;
        canvas.DrawShapedText(Shaper(bold), text, x, y, align, Font(bold, size), _paint);
    }

    /// <summary>The largest size, down to <paramref name="smallest"/>, at which the text fits the width.</summary>
    public float Fit(string text, float width, float size, bool bold = false, float smallest = 6f)
    {
        while (size > smallest && Measure(text, size, bold) > width) size -= 0.25f;
        return size;
    }

    /// <summary>Breaks the text into lines no wider than <paramref name="width"/>, at spaces.</summary>
    public IReadOnlyList<string> Wrap(string text, float width, float size, bool bold = false)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Measure(candidate, size, bold) > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
        }
        return lines;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _paint.Dispose();
        _regularShaper.Dispose();
        _boldShaper.Dispose();
        _regular.Dispose();
        _bold.Dispose();
    }

    private SKShaper Shaper(bool bold) => bold ? _boldShaper : _regularShaper;

    private SKFont Font(bool bold, float size)
    {
        if (!_fonts.TryGetValue((bold, size), out var font))
        {
            font = new SKFont(bold ? _bold : _regular, size) { Subpixel = true };
            _fonts[(bold, size)] = font;
        }
        return font;
    }

    private static SKTypeface Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fonts", file);
        return SKTypeface.FromFile(path) ?? throw new FileNotFoundException($"font {file} is missing beside the executable", path);
    }
}
