using System.Diagnostics;
using SoLienLac.Bench.Harness;

namespace SoLienLac.Bench.Delivery;

/// <summary>What the fake Bot API saw in a time window: the sendMessage calls it accepted and refused, as arrival ticks.</summary>
internal sealed record SendLog(IReadOnlyList<long> Accepted, IReadOnlyList<long> Refused, long From, long To)
{
    public double Seconds => (double)(To - From) / Stopwatch.Frequency;

    public double PerSecond => Accepted.Count / Seconds;

    /// <summary>When each 429 was given, in seconds from the start of the window.</summary>
    public IEnumerable<double> RefusedAt => Refused.Select(t => (double)(t - From) / Stopwatch.Frequency);

    /// <summary>Milliseconds between one accepted message and the next.</summary>
    public Samples Spacing => new(Accepted.Zip(Accepted.Skip(1), (a, b) => (b - a) * 1000.0 / Stopwatch.Frequency));

    /// <summary>The rate in each whole slice of <paramref name="seconds"/> of the window: how steady it was.</summary>
    public Samples SliceRates(int seconds)
    {
        var width = seconds * Stopwatch.Frequency;
        var slices = (int)((To - From) / width);
        return new Samples(Enumerable.Range(0, Math.Max(slices, 1))
            .Select(i => Accepted.Count(t => t >= From + (i * width) && t < From + ((i + 1) * width)) / (double)seconds));
    }
}
