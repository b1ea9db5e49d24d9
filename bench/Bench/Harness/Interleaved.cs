using System.Diagnostics;

namespace SoLienLac.Bench.Harness;

/// <summary>
/// Operations that should take equally long, timed turn about: a round calls each once, in an order
/// that rotates from round to round, so that whatever else the machine is doing at a moment falls on
/// all of them alike. Untimed warm-up rounds come first; a full collection comes before every call,
/// as in <see cref="Measure"/>. Each operation is given the round's number (warm-ups included), to
/// pick its input.
/// </summary>
internal static class Interleaved
{
    public static IReadOnlyList<Samples> Measure(Repetitions plan, IReadOnlyList<Action<int>> operations)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Runs, 1);
        var milliseconds = operations.Select(_ => new List<double>(plan.Runs)).ToList();
        for (var round = 0; round < plan.WarmUps + plan.Runs; round++)
        {
            for (var turn = 0; turn < operations.Count; turn++)
            {
                var k = (turn + round) % operations.Count;
                Harness.Measure.Settle();
                var start = Stopwatch.GetTimestamp();
                operations[k](round);
                var elapsed = Stopwatch.GetElapsedTime(start);
                if (round >= plan.WarmUps) milliseconds[k].Add(elapsed.TotalMilliseconds);
            }
        }
        return milliseconds.Select(m => new Samples(m)).ToList();
    }
}
