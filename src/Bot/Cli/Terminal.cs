namespace SoLienLac.Bot.Cli;

/// <summary>Where a verb reads and writes: the process's console, or a test's writers.</summary>
public sealed record Terminal(TextReader In, TextWriter Out, TextWriter Error, bool ShowsProgress)
{
    /// <summary>A person is typing (not a script piping lines in): greet them and show a prompt.</summary>
    public bool Interactive { get; init; }

    public static Terminal System() =>
        new(Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected) { Interactive = !Console.IsInputRedirected };
}
