using System.Diagnostics;

namespace SoLienLac.Bench.Harness;

/// <summary>
/// Calls an operation once per input on the current thread: the first inputs warm it up, the rest
/// are timed in equal rounds. Gives the rate of each round and the latency of every single call.
/// </summary>
internal static class Throughput
{
    public static ThroughputResult Measure<T>(IReadOnlyList<T> inputs, Action<T> operation, int warmUps, int rounds)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        for (var i = 0; i < warmUps; i++) operation(inputs[i]);

        var perRound = (inputs.Count - warmUps) / rounds;
        ArgumentOutOfRangeException.ThrowIfLessThan(perRound, 1, nameof(inputs));
        var latencies = new double[perRound * rounds];
        var rates = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var first = warmUps + (round * perRound);
            var roundStart = Stopwatch.GetTimestamp();
            for (var i = 0; i < perRound; i++)
            {
                var start = Stopwatch.GetTimestamp();
                operation(inputs[first + i]);
                latencies[(round * perRound) + i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            rates[round] = perRound / Stopwatch.GetElapsedTime(roundStart).TotalSeconds;
        }
        return new ThroughputResult(new Samples(rates), new Samples(latencies));
    }
}
