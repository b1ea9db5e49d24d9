namespace SoLienLac.Bot.Cli;

/// <summary>Where a verb reads and writes: the process's console, or a test's writers.</summary>
public sealed record Terminal(TextReader In, TextWriter Out, TextWriter Error, bool ShowsProgress)
{
    /// <summary>A person is typing (not a script piping lines in): greet them and show a prompt.</summary>
    public bool Interactive { get; init; }

    /// <summary>
    /// A progress line on standard error: rewritten in place on a terminal (the line ended when it is
    /// the <paramref name="last"/>), a line each when standard error goes to a file or a pipe.
    /// </summary>
    public void ShowProgress(string text, bool last)
    {
        if (!ShowsProgress) Error.WriteLine(text);
        else Error.Write(last ? $"\r{text}\n" : $"\r{text}");
    }

    public static Terminal System() =>
        new(Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected) { Interactive = !Console.IsInputRedirected };
}
