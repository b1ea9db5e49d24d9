using System.Runtime.InteropServices;

namespace SoLienLac.Bench.Harness;

/// <summary>What the benchmark prints: one line per measurement, invariant culture, units spelled out.</summary>
internal static class Report
{
    public static void Machine()
    {
        Line($"machine: {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");
        if (File.Exists(LoadAverage)) Line($"load average (1, 5, 15 min) at start: {string.Join(", ", File.ReadAllText(LoadAverage).Split(' ').Take(3))}");
    }

    public static void Heading(string scenario)
    {
        Console.WriteLine();
        Line($"== {scenario}");
    }

    public static void Fact(string what, string value) => Line($"  {what,-44} {value}");

    public static void Timing(string what, Samples milliseconds, double? targetMs = null)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var m = milliseconds;
        var verdict = targetMs is { } t ? $"  target < {t:0} ms: {(m.Median < t ? "met" : "MISSED")}" : "";
        Line($"  {what,-44} median {m.Median,8:0.0} ms  p99 {m.P99,8:0.0} ms  min {m.Min,8:0.0}  max {m.Max,8:0.0}  ({m.Count} runs){verdict}");
    }

    /// <summary>The spread of many runs or calls; a target, when given, is judged on the percentile it names.</summary>
    public static void Percentiles(string what, Samples milliseconds, (double Fraction, double Ms)? target = null)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var m = milliseconds;
        var verdict = target is { } t ? $"  target p{t.Fraction * 100:0} < {t.Ms:0} ms: {(m.Percentile(t.Fraction) < t.Ms ? "met" : "MISSED")}" : "";
        Line($"  {what,-44} min {m.Min,7:0.00}  median {m.Median,7:0.00}  p95 {m.Percentile(0.95),7:0.00}  p99 {m.P99,7:0.00}  max {m.Max,7:0.00} ms  ({m.Count} timed){verdict}");
    }

    public static void Rate(string what, ThroughputResult result, double? targetPerSecond = null, double? targetP99Ms = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rate = result.PerSecond;
        var latency = result.LatencyMs;
        var verdict = targetPerSecond is { } t ? $"  target >= {t:0}/s: {(rate.Median >= t ? "met" : "MISSED")}" : "";
        var p99Verdict = targetP99Ms is { } p ? $"  target p99 < {p:0} ms: {(latency.P99 < p ? "met" : "MISSED")}" : "";
        Line($"  {what,-44} median {rate.Median,8:0}/s  slowest round {rate.Min,8:0}/s  ({rate.Count} rounds){verdict}");
        Line($"  {"",-44} latency median {latency.Median * 1000,6:0} µs  p99 {latency.P99 * 1000,6:0} µs  max {latency.Max * 1000,6:0} µs  ({latency.Count} calls){p99Verdict}");
    }

    // Other work on the machine shows in the numbers; the load average says how much there was.
    private const string LoadAverage = "/proc/loadavg";

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo)) return RuntimeInformation.ProcessArchitecture.ToString();
        var model = File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return model?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static void Line(FormattableString text) => Console.WriteLine(FormattableString.Invariant(text));
}
