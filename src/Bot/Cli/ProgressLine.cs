namespace SoLienLac.Bot.Cli;

/// <summary>"scores.csv: đã kiểm tra 1500 dòng…" on standard error, rewritten in place on a terminal.</summary>
internal sealed class ProgressLine(Terminal terminal, string file) : IProgress<int>
{
    private bool _shown;

    public void Report(int value)
    {
        if (value < 500) return;
        _shown = true;
        terminal.ShowProgress($"{file}: đã kiểm tra {value} dòng…", last: false);
    }

    public void Done()
    {
        if (_shown && terminal.ShowsProgress) terminal.Error.WriteLine();
        _shown = false;
    }
}
