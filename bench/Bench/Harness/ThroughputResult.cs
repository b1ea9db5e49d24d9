namespace SoLienLac.Bench.Harness;

/// <summary>Calls a second, one sample a round; and the latency of each call in milliseconds.</summary>
internal sealed record ThroughputResult(Samples PerSecond, Samples LatencyMs);
