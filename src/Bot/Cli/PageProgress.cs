namespace SoLienLac.Bot.Cli;

/// <summary>"Lớp 6A: đã in 40/120 trang…" on standard error, for books long enough to wait for.</summary>
internal sealed class PageProgress(Terminal terminal, string label, int total) : IProgress<int>
{
    private const int WorthShowing = 60;
    private const int Every = 20;

    public void Report(int value)
    {
        if (total < WorthShowing || (value % Every != 0 && value != total)) return;
        terminal.ShowProgress($"{label}: đã in {value}/{total} trang…", last: value == total);
    }
}
