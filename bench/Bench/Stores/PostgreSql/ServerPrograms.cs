namespace SoLienLac.Bench.Stores.PostgreSql;

/// <summary>Where the PostgreSQL server's programs (initdb, pg_ctl) are: pg_config's answer, or Debian's folder.</summary>
internal static class ServerPrograms
{
    public static string Locate()
    {
        if (Programs.Output("pg_config", "--bindir") is { } bin && File.Exists(Path.Combine(bin, "initdb"))) return bin;
        // Debian installs the server under /usr/lib/postgresql/<major>/bin, off the PATH; the newest wins.
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return debian ?? throw new InvalidOperationException(
            "--store postgres needs the PostgreSQL server (initdb, pg_ctl): not found by pg_config --bindir or in /usr/lib/postgresql/*/bin. " +
            "Install it (Debian: apt-get install postgresql).");
    }
}
