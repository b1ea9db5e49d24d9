using System.Diagnostics;

namespace SoLienLac.Bench.Harness;

/// <summary>
/// Like <see cref="Throughput"/>, but the inputs of each round are shared out among a number of
/// concurrent tasks on the thread pool (task k takes every k-th input): a round's rate is its inputs
/// over its wall-clock time, and every call's own latency is kept.
/// </summary>
internal static class ConcurrentThroughput
{
    public static async Task<ThroughputResult> MeasureAsync<T>(IReadOnlyList<T> inputs, Func<T, Task> operation, int tasks, int warmUps, int rounds)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentOutOfRangeException.ThrowIfLessThan(tasks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var perRound = (inputs.Count - warmUps) / rounds;
        ArgumentOutOfRangeException.ThrowIfLessThan(perRound, 1, nameof(inputs));

        await RunAsync(new Slice<T>(inputs, 0, warmUps, null, 0), operation, tasks);
        var latencies = new double[perRound * rounds];
        var rates = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            await RunAsync(new Slice<T>(inputs, warmUps + (round * perRound), perRound, latencies, round * perRound), operation, tasks);
            rates[round] = perRound / Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        return new ThroughputResult(new Samples(rates), new Samples(latencies));
    }

    private static Task RunAsync<T>(Slice<T> slice, Func<T, Task> operation, int tasks) =>
        Task.WhenAll(Enumerable.Range(0, tasks).Select(k => Task.Run(async () =>
        {
            for (var i = k; i < slice.Count; i += tasks)
            {
                var start = Stopwatch.GetTimestamp();
                await operation(slice.Inputs[slice.First + i]);
                slice.Record(i, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));

    /// <summary>Inputs [first, first + count) and where their latencies go (nowhere while warming up).</summary>
    private sealed record Slice<T>(IReadOnlyList<T> Inputs, int First, int Count, double[]? Latencies, int Offset)
    {
        public void Record(int i, double milliseconds)
        {
            if (Latencies is not null) Latencies[Offset + i] = milliseconds;
        }
    }
}
