using System.Diagnostics;

namespace SoLienLac.Bench.Harness;

/// <summary>
/// Runs an operation a few times untimed to warm it up (JIT, caches), then times each repetition
/// with a <see cref="Stopwatch"/>. The preparation of a run (a fresh copy of a database, an open
/// host) happens before the clock starts and its disposal after it stops.
/// </summary>
internal static class Measure
{
    public static async Task<Samples> RepeatAsync<TRun>(Repetitions plan, Func<TRun> prepare, Func<TRun, Task> body)
        where TRun : IDisposable
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(body);
        var milliseconds = new List<double>(plan.Runs);
        for (var i = 0; i < plan.WarmUps + plan.Runs; i++)
        {
            using var run = prepare();
            Settle();
            var start = Stopwatch.GetTimestamp();
            await body(run);
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (i >= plan.WarmUps) milliseconds.Add(elapsed.TotalMilliseconds);
        }
        return new Samples(milliseconds);
    }

    public static Task<Samples> RepeatAsync<TRun>(Repetitions plan, Func<TRun> prepare, Action<TRun> body)
        where TRun : IDisposable =>
        RepeatAsync(plan, prepare, run =>
        {
            body(run);
            return Task.CompletedTask;
        });

    public static Task<Samples> RepeatAsync(Repetitions plan, Func<Task> body) =>
        RepeatAsync(plan, () => Nothing.Instance, _ => body());

    public static Task<Samples> RepeatAsync(Repetitions plan, Action body) =>
        RepeatAsync(plan, () => Nothing.Instance, _ => body());

    /// <summary>A full collection between runs, so that one run's garbage is not charged to the next.</summary>
    internal static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
