using System.Globalization;

namespace SoLienLac.Bench.Harness;

/// <summary>"building: 20000 students…" every <paramref name="step"/>, on this thread (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class ConsoleProgress(string what, int step) : IProgress<int>
{
    private readonly int _step = step;
    private int _next = step;

    public void Report(int value)
    {
        if (value < _next) return;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {value}…"));
        _next = value + _step;
    }
}
