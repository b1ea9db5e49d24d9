using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace SoLienLac.Bench.Province;

/// <summary>
/// One bot process as a deployment runs it: <c>dotnet SoLienLac.Bot.dll run</c> (the copy beside the
/// bench's assembly), its settings given as the environment (<c>Section__Key</c>). Its log lines are
/// kept with the moment they arrived. A watchdog shell kills it should the bench end without doing so
/// (however the bench ends), so no bot outlives the cluster it serves.
/// </summary>
internal sealed class BotService : IDisposable
{
    private readonly Process _process;

    private BotService(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the process wrote (its log goes to standard error), with when it arrived.</summary>
    public ConcurrentQueue<(DateTimeOffset At, string Line)> Lines { get; } = new();

    public static BotService Start(string name, IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SoLienLac.Bot.dll"));
        start.ArgumentList.Add("run");
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Instance__Name"] = name;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var service = new BotService(name, process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) service.Lines.Enqueue((DateTimeOffset.UtcNow, e.Data)); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) service.Lines.Enqueue((DateTimeOffset.UtcNow, e.Data)); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        KillWhenGone(Environment.ProcessId, process.Id);
        return service;
    }

    /// <summary>SIGKILL, as a crash or the OOM killer would end it: nothing of it runs on.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    /// <summary>A clean stop (SIGTERM: the host stops, the sender gives its lease back), then SIGKILL if it is not gone in time.</summary>
    public void Stop(TimeSpan within)
    {
        if (_process.HasExited) return;
        using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])) term.WaitForExit();
        if (!_process.WaitForExit(within)) Kill();
    }

    /// <summary>CPU seconds the process has used, and its peak resident memory (VmHWM), while it is alive.</summary>
    public (double CpuSeconds, long PeakBytes)? Usage()
    {
        try
        {
            if (_process.HasExited) return null;
            _process.Refresh();
            var cpu = _process.TotalProcessorTime.TotalSeconds;
            var status = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kib = status is null ? 0 : long.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return (cpu, kib * 1024);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public IEnumerable<(DateTimeOffset At, string Line)> LinesContaining(string text) => Lines.Where(l => l.Line.Contains(text, StringComparison.Ordinal));

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static void KillWhenGone(int bench, int bot)
    {
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while kill -0 {bench} && kill -0 {bot}; do sleep 1; done
            kill -0 {bench} || kill -9 {bot}
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script }) start.ArgumentList.Add(argument);
        using var _ = Process.Start(start) ?? throw new InvalidOperationException("the bot's watchdog did not start");
    }
}
