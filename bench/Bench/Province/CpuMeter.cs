using System.Diagnostics;
using System.Globalization;

namespace SoLienLac.Bench.Province;

/// <summary>
/// Where the machine's CPU went between two moments: the bot processes (the last reading of each,
/// so a killed one counts up to its kill), the PostgreSQL server (the postmaster, its live backends,
/// and the backends that have ended, which the postmaster's children's time holds), this bench (the
/// fake Bot API), and everything else (/proc/stat: other work on the machine).
/// </summary>
internal sealed class CpuMeter(string clusterFolder)
{
    private const double TicksPerSecond = 100;
    private readonly Dictionary<string, double> _bots = new(StringComparer.Ordinal);

    public void Note(BotService bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        if (bot.Usage() is { } usage) _bots[bot.Name] = usage.CpuSeconds;
    }

    public Reading Take(IEnumerable<BotService> bots)
    {
        ArgumentNullException.ThrowIfNull(bots);
        foreach (var bot in bots.Where(b => !b.HasExited)) Note(bot);
        return new Reading(Stopwatch.GetTimestamp(), MachineBusySeconds(), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, _bots.Values.Sum(), ServerSeconds());
    }

    /// <returns>"cores: …; CPU a {item}: …" for what happened between the two readings.</returns>
    public static string Between(Reading from, Reading to, long items, string item)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var wall = (double)(to.Tick - from.Tick) / Stopwatch.Frequency;
        var (machine, bench, bots, server) = (to.Machine - from.Machine, to.Bench - from.Bench, to.Bots - from.Bots, to.Server - from.Server);
        var others = Math.Max(0, machine - bench - bots - server);
        var per = Math.Max(items, 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"{wall:0} s, cores: bots {bots / wall:0.00}, PostgreSQL {server / wall:0.00}, bench (fake Bot API) {bench / wall:0.00}, other work {others / wall:0.00} (machine {machine / wall:0.00} of 2); " +
            $"CPU a {item}: bots {1000 * bots / per:0.00} ms, PostgreSQL {1000 * server / per:0.00} ms");
    }

    /// <summary>The server's CPU seconds: the postmaster and its children, live and ended.</summary>
    private double ServerSeconds()
    {
        try
        {
            var pidFile = Path.Combine(clusterFolder, "data", "postmaster.pid");
            var postmaster = int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
            var total = 0.0;
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
                if (Stat(pid) is not { } stat) continue;
                if (pid == postmaster) total += stat.Own + stat.Children;
                else if (stat.Parent == postmaster) total += stat.Own;
            }
            return total;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    private static (int Parent, double Own, double Children)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            // The command may hold spaces and parentheses: the fields start after the last ')'.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            double At(int field) => long.Parse(fields[field - 3], CultureInfo.InvariantCulture) / TicksPerSecond;
            return (int.Parse(fields[1], CultureInfo.InvariantCulture), At(14) + At(15), At(16) + At(17));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static double MachineBusySeconds()
    {
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return (ticks.Take(8).Sum() - ticks[3] - ticks[4]) / TicksPerSecond;
    }
}

internal sealed record Reading(long Tick, double Machine, double Bench, double Bots, double Server);
