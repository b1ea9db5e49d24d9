using System.Diagnostics;

namespace SoLienLac.Bench.Stores.PostgreSql;

/// <summary>
/// A shell, started apart from the bench, that waits for it to end — however it ends, Ctrl+C and
/// kill included — then stops the cluster and, unless it is kept (<c>--db</c>), deletes its folder.
/// </summary>
internal static class Watchdog
{
    public static void StopWhenGone(int pid, string? runAs, string pgCtl, string folder, bool keep)
    {
        var asUser = runAs is null ? "" : $"runuser -u {runAs} -- ";
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while kill -0 {pid}; do sleep 1; done
            {asUser}'{pgCtl}' stop -D '{folder}/data' -m fast -w
            {(keep ? "" : $"rm -rf '{folder}'")}
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script }) start.ArgumentList.Add(argument);
        // Not waited for: it lives on after this process, which is the point.
        using var _ = Process.Start(start) ?? throw new InvalidOperationException("the cluster's watchdog did not start");
    }
}
