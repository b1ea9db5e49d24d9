namespace SoLienLac.Bot.Reports.ContactBook;

/// <summary>"Lớp 6A: đã in 40/120 trang…" on standard error, for books long enough to wait for.</summary>
public sealed class PageProgress(TextWriter error, bool inPlace, string label, int total) : IProgress<int>
{
    private const int WorthShowing = 60;
    private const int Every = 20;

    public void Report(int value)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (total < WorthShowing || (value % Every != 0 && value != total)) return;
        var text = $"{label}: đã in {value}/{total} trang…";
        if (!inPlace) error.WriteLine(text);
        else error.Write(value == total ? $"\r{text}\n" : $"\r{text}");
    }
}
