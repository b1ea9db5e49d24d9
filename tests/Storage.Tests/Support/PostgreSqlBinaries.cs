using System.Diagnostics;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>Where the PostgreSQL server's programs (initdb, pg_ctl) are: pg_config's answer, or Debian's folder.</summary>
internal static class PostgreSqlBinaries
{
    public static string Locate()
    {
        if (FromPgConfig() is { } bin && File.Exists(Path.Combine(bin, "initdb"))) return bin;
        // Debian installs the server under /usr/lib/postgresql/<major>/bin, off the PATH; the newest wins.
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return debian ?? throw new InvalidOperationException(
            "The PostgreSQL server (initdb, pg_ctl) was not found by pg_config --bindir or in /usr/lib/postgresql/*/bin. " +
            "Install it (Debian: apt-get install postgresql; .ci/run does).");
    }

    private static string? FromPgConfig()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no pg_config on the PATH (libpq-dev not installed)
        }
    }
}
