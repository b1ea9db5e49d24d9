using System.Diagnostics;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>
/// A shell, started apart from the test process, that waits for it to end and then stops the
/// cluster and deletes its folder. A handler at process exit would not do: the test host may be
/// ended before it finishes, or killed, and the server would be left running.
/// </summary>
internal static class Watchdog
{
    /// <param name="keep">The cluster is kept for the next run (the bench's <c>--db</c>): stopped cleanly, its folder left.</param>
    public static void StopWhenGone(int pid, string? runAs, string pgCtl, string folder, bool keep = false)
    {
        var asUser = runAs is null ? "" : $"runuser -u {runAs} -- ";
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while kill -0 {pid}; do sleep 1; done
            {asUser}'{pgCtl}' stop -D '{folder}/data' -m {(keep ? "fast" : "immediate")} -w
            {(keep ? "" : $"rm -rf '{folder}'")}
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script }) start.ArgumentList.Add(argument);
        // Not waited for: it lives on after this process, which is the point.
        using var _ = Process.Start(start) ?? throw new InvalidOperationException("the cluster's watchdog did not start");
    }
}
