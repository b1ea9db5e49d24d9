using System.Diagnostics;
using System.Globalization;

namespace SoLienLac.Bench.Harness;

/// <summary>
/// What a measurement cost beyond its time, since the watch was started: garbage collections and
/// their pauses, allocation, and how many cores this process had while the rest of the machine
/// (other builds, other containers: /proc/stat counts them all) used the others.
/// </summary>
internal sealed class ResourceWatch
{
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly TimeSpan _processor = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly double? _machineBusy = MachineBusySeconds();
    private readonly long _start = Stopwatch.GetTimestamp();

    public string Since(int operations)
    {
        var wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        var own = (Process.GetCurrentProcess().TotalProcessorTime - _processor).TotalSeconds;
        var others = MachineBusySeconds() - _machineBusy - own is { } o ? (Math.Max(0, o) / wall).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        var paused = (GC.GetTotalPauseDuration() - _paused).TotalMilliseconds;
        var perOperation = (GC.GetTotalAllocatedBytes() - _allocated) / 1024.0 / operations;
        return string.Create(CultureInfo.InvariantCulture,
            $"cores used: this process {own / wall:0.00}, others {others}; " +
            $"GC {Delta(0)}/{Delta(1)}/{Delta(2)} (gen0/1/2), paused {paused:0} ms; {perOperation:0} KiB allocated a call");
    }

    private int Delta(int generation) => GC.CollectionCount(generation) - _collections[generation];

    /// <summary>Seconds all CPUs spent on anything but idle and waiting for I/O, from the first line of /proc/stat.</summary>
    private static double? MachineBusySeconds()
    {
        const string stat = "/proc/stat";
        if (!File.Exists(stat)) return null;
        var ticks = File.ReadLines(stat).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal …, in USER_HZ (100 a second on Linux).
        return (ticks.Take(8).Sum() - ticks[3] - ticks[4]) / 100.0;
    }
}
