namespace SoLienLac.Bench.Harness;

/// <summary>How many untimed warm-up runs come before the timed ones.</summary>
internal sealed record Repetitions(int WarmUps, int Runs);
