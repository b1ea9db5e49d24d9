using SoLienLac.Bot.Reports.ContactBook;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// One bar for the whole school's printing on standard error:
/// <c>Toàn trường [██████░░░░░░░░░░░░░░] 312/1000 trang · 9/32 lớp</c>, redrawn in place on a terminal
/// when it moves; redirected to a file or a pipe, a line at every tenth of the way.
/// </summary>
internal sealed class SchoolProgressBar(Terminal terminal) : IProgress<SchoolPrintProgress>
{
    private const int Width = 20;
    private int _drawn = -1;

    public void Report(SchoolPrintProgress value)
    {
        var total = Math.Max(value.PagesTotal, 1);
        var filled = value.PagesDone * Width / total;
        var tenths = value.PagesDone * 10 / total;
        var step = terminal.ShowsProgress ? filled : tenths;
        var finished = value.PagesDone == value.PagesTotal;
        if (step == _drawn && !(finished && terminal.ShowsProgress)) return;
        _drawn = step;
        var bar = new string('█', filled) + new string('░', Width - filled);
        terminal.ShowProgress($"Toàn trường [{bar}] {value.PagesDone}/{value.PagesTotal} trang · {value.ClassesDone}/{value.ClassesTotal} lớp", finished);
    }
}
