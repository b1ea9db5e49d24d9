using System.Globalization;

namespace SoLienLac.Bench.Delivery;

/// <summary>
/// The process's resident memory while a measurement runs: VmRSS from /proc/self/status sampled every
/// 20 ms on a thread of its own, and the kernel's high-water mark VmHWM, which Linux lets a process
/// reset (writing 5 to /proc/self/clear_refs) so that it covers the measurement alone.
/// </summary>
internal sealed class ResidentMemory : IDisposable
{
    private readonly Thread _sampler;
    private readonly ManualResetEventSlim _stop = new();
    private long _peak;

    private ResidentMemory()
    {
        HighWaterReset = TryResetHighWater();
        AtStart = Read("VmRSS") ?? 0;
        _peak = AtStart;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "rss sampler" };
        _sampler.Start();
    }

    public long AtStart { get; }

    public bool HighWaterReset { get; }

    public long SampledPeak => Interlocked.Read(ref _peak);

    public static ResidentMemory Watch() => new();

    /// <summary>A field of /proc/self/status in bytes ("VmRSS", "VmHWM"), or null off Linux.</summary>
    public static long? Read(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public static string MiB(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0} MiB");

    public void Dispose()
    {
        _stop.Set();
        _sampler.Join();
        _stop.Dispose();
    }

    private void Sample()
    {
        do
        {
            var now = Read("VmRSS") ?? 0;
            if (now > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, now);
        }
        while (!_stop.Wait(20));
    }

    private static bool TryResetHighWater()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
