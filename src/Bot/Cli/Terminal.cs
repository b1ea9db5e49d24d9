namespace SoLienLac.Bot.Cli;

/// <summary>Where a verb reads and writes: the process's console, or a test's writers.</summary>
public sealed record Terminal(TextReader In, TextWriter Out, TextWriter Error, bool ShowsProgress)
{
    public static Terminal System() => new(Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected);
}
