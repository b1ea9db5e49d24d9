using System.Text;

namespace SoLienLac.Bot.SchoolFiles;

/// <summary>
/// Text that came from someone else — a file's name, a cell of it — shortened before the bot repeats
/// it, so a reply stays short however long the name or the cell. Control characters become spaces, so
/// a line break in a file name cannot pose as another line of the reply.
/// </summary>
public static class EchoedText
{
    public const int FileNameLength = 80;

    public const int ValueLength = 50;

    /// <summary>A long name keeps its extension after the cut, "bang-diem-hoc-ki….xlsx", so the reader still sees the file's kind.</summary>
    public static string FileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length <= FileNameLength) return Shorten(name, FileNameLength);
        var extension = Path.GetExtension(name) is { Length: > 1 and <= 8 } e ? e : "";
        return Shorten(name[..^extension.Length], FileNameLength - extension.Length) + Shorten(extension, extension.Length);
    }

    public static string Value(string value) => Shorten(value, ValueLength);

    private static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.Length <= max ? text.Length : max - 1;
        // Never half a character: an emoji is two chars.
        if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--;
        var shown = new StringBuilder(end + 1);
        foreach (var c in text.AsSpan(0, end)) shown.Append(char.IsControl(c) ? ' ' : c);
        if (end < text.Length) shown.Append('…');
        return shown.ToString();
    }
}
