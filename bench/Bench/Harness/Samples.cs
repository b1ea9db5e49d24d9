namespace SoLienLac.Bench.Harness;

/// <summary>The measured values of repeated runs, sorted, with the statistics the report shows.</summary>
internal sealed class Samples
{
    private readonly double[] _sorted;

    public Samples(IEnumerable<double> values)
    {
        _sorted = values.Order().ToArray();
        if (_sorted.Length == 0) throw new ArgumentException("no sample was taken", nameof(values));
    }

    public int Count => _sorted.Length;

    public double Min => _sorted[0];

    public double Max => _sorted[^1];

    public double Median => Count % 2 == 1
        ? _sorted[Count / 2]
        : (_sorted[(Count / 2) - 1] + _sorted[Count / 2]) / 2;

    /// <summary>Nearest rank: with fewer than 100 runs the 99th percentile is the slowest run.</summary>
    public double P99 => Percentile(0.99);

    public double Percentile(double fraction) =>
        _sorted[Math.Clamp((int)Math.Ceiling(fraction * Count) - 1, 0, Count - 1)];
}
