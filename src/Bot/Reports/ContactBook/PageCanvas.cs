using SkiaSharp;

namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>An A4 page in points (595 × 842, 72 to the inch) with the few strokes the contact book uses.</summary>
internal sealed class PageCanvas(SKCanvas canvas, PdfText text)
{
    public const float Width = 595f;
    public const float Height = 842f;
    public const float Left = 40f;
    public const float Right = Width - 40f;
    public const float ContentWidth = Right - Left;

    public static readonly SKColor Ink = SKColors.Black;
    public static readonly SKColor Rule = new(0x44, 0x44, 0x44);
    public static readonly SKColor Hint = new(0x66, 0x66, 0x66);
    public static readonly SKColor Shade = new(0xEA, 0xEA, 0xEA);
    public static readonly SKColor Warning = new(0xB0, 0x00, 0x20);

    public PdfText Text => text;

    public void Write(string s, float x, float y, float size, bool bold = false, SKTextAlign align = SKTextAlign.Left, SKColor? color = null) =>
        text.Draw(canvas, s, x, y, size, bold, align, color);

    /// <summary>"Label: value", the value in bold, smaller if it must to fit the width; returns where it ends.</summary>
    public float Field(string label, string value, float x, float y, float size, float width = float.MaxValue)
    {
        var caption = label + ": ";
        while (size > 7f && text.Measure(caption, size) + text.Measure(value, size, bold: true) > width) size -= 0.25f;
        Write(caption, x, y, size);
        var at = x + text.Measure(caption, size);
        Write(value, at, y, size, bold: true);
        return at + text.Measure(value, size, bold: true);
    }

    public void Line(float x0, float y0, float x1, float y1, float width = 0.6f, SKColor? color = null)
    {
        using var paint = Stroke(width, color ?? Rule);
        canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    /// <summary>A dotted line to write on by hand.</summary>
    public void Dots(float x0, float x1, float y)
    {
        using var paint = Stroke(0.6f, Hint);
        using var dots = SKPathEffect.CreateDash([1f, 2.5f], 0);
        paint.PathEffect = dots;
        canvas.DrawLine(x0, y, x1, y, paint);
    }

    public void Box(SKRect rect, float width = 0.6f, SKColor? stroke = null, SKColor? fill = null)
    {
        if (fill is { } f)
        {
            using var paint = new SKPaint { Color = f, Style = SKPaintStyle.Fill };
            canvas.DrawRect(rect, paint);
        }
        if (width <= 0) return;
        using var border = Stroke(width, stroke ?? Rule);
        canvas.DrawRect(rect, border);
    }

    private static SKPaint Stroke(float width, SKColor color) =>
        new() { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
}
