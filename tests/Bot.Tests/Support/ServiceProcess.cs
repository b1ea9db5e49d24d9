using System.Collections.Concurrent;
using System.Diagnostics;
using SoLienLac.Bot.Cli;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// The executable serving (<c>run --db</c>) in a process of its own, configured by environment variables
/// as a deployment is, with every line it writes to standard output and standard error kept.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ServiceProcess(Process process) => _process = process;

    /// <summary>Every line written so far, standard output and standard error together.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    public static ServiceProcess Start(string databasePath, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(databasePath);
        start.Environment["School__Year"] = "2026-2027";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var service = new ServiceProcess(new Process { StartInfo = start });
        service._process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        service._process.Start();
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        return service;
    }

    /// <summary>SIGTERM, as systemd stops the service: the host shuts down and writes out what it still holds.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
            throw new TimeoutException("The service did not stop within 30 s of SIGTERM.");
        }
    }

    /// <summary>SIGKILL: the process dies where it stands, as in a crash.</summary>
    public async Task CrashAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null) _lines.Enqueue(line);
    }
}
