namespace SoLienLac.Bench.Harness;

/// <summary>
/// Throughput measurements that also say what they cost (cores, GC, allocation) and whether any
/// call went wrong while they ran: <paramref name="problems"/> counts the failures seen so far.
/// </summary>
internal sealed class CheckedRuns(int rounds, Func<int> problems)
{
    /// <summary>A fifth of the inputs warm up; the rest are timed in rounds, shared out among <paramref name="tasks"/>.</summary>
    public async Task RateAsync<T>(string what, IReadOnlyList<T> inputs, Func<T, Task> operation, int tasks,
        double? targetPerSecond = null, double? targetP99Ms = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var before = problems();
        var watch = new ResourceWatch();
        var result = await ConcurrentThroughput.MeasureAsync(inputs, operation, tasks, warmUps: inputs.Count / 5, rounds);
        Report.Rate(what, result, targetPerSecond, targetP99Ms);
        Report.Fact("", watch.Since(inputs.Count));
        if (problems() - before is > 0 and var count)
            Report.Fact("", $"INVALID: {count} calls failed or answered wrongly during this measurement");
    }
}
