using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Bench.Stores.PostgreSql;

/// <summary>
/// The bench's own PostgreSQL cluster, made as the tests make theirs: initdb in a folder, served on a
/// free port of 127.0.0.1, stopped by a watchdog once the bench has ended. Root may not run
/// PostgreSQL, so as root the cluster is the postgres user's. Unlike the tests' it runs with fsync
/// on, as a server would: the numbers compare with LiteDB, which flushes every commit. A folder
/// given with <c>--db</c> is kept (stopped, not deleted), so the big school is seeded once.
/// </summary>
internal sealed class Cluster
{
    private static readonly Lock s_gate = new();
    private static Cluster? s_started;

    private Cluster(string folder, int port, bool kept)
    {
        Folder = folder;
        Port = port;
        Kept = kept;
    }

    public string Folder { get; }

    public int Port { get; }

    public bool Kept { get; }

    /// <summary>The cluster of this process: started on first use, in <paramref name="keptFolder"/> when given.</summary>
    public static Cluster Of(string? keptFolder)
    {
        lock (s_gate) return s_started ??= Start(keptFolder);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=100";

    public bool Exists(string database) =>
        Admin<bool>("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @name)", database);

    /// <summary>A new database: empty, or a copy of <paramref name="template"/> (file by file, nobody may be connected to it).</summary>
    public string Create(string database, string? template = null)
    {
        Admin<int>(template is null ? $"CREATE DATABASE {database}" : $"CREATE DATABASE {database} TEMPLATE {template} STRATEGY FILE_COPY");
        return ConnectionString(database);
    }

    public void Drop(string database) => Admin<int>($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");

    public void Rename(string database, string to) => Admin<int>($"ALTER DATABASE {database} RENAME TO {to}");

    public long SizeOf(string database) => Admin<long>("SELECT pg_database_size(@name)", database);

    private T Admin<T>(string sql, string? name = null)
    {
        using var admin = NpgsqlDataSource.Create(ConnectionString("postgres") + ";Pooling=false");
        using var command = admin.CreateCommand(sql);
        if (name is not null) command.Parameters.AddWithValue("name", name);
        return command.ExecuteScalar() is T value ? value : default!;
    }

    private static Cluster Start(string? keptFolder)
    {
        var bin = PostgreSqlBinaries.Locate();
        var runAs = Environment.IsPrivilegedProcess ? "postgres" : null;
        var folder = keptFolder is null
            ? Path.Combine(Path.GetTempPath(), $"solienlac-bench-pg-{Environment.ProcessId}-{Guid.NewGuid():N}")
            : Path.GetFullPath(keptFolder);
        Directory.CreateDirectory(folder);
        if (runAs is not null) Programs.Run(null, "chown", $"{runAs}:{runAs}", folder);
        var data = Path.Combine(folder, "data");
        var pgCtl = Path.Combine(bin, "pg_ctl");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            // A kept cluster still up after a bench that ended a moment ago: stopped before it is started again.
            try { Programs.Run(runAs, pgCtl, "stop", "-D", data, "-m", "fast", "-w"); }
            catch (InvalidOperationException) { }
        }
        Watchdog.StopWhenGone(Environment.ProcessId, runAs, pgCtl, folder, keep: keptFolder is not null);
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
            Programs.Run(runAs, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        var log = Path.Combine(folder, "server.log");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                Programs.Run(runAs, pgCtl, "start", "-D", data, "-w", "-t", "120", "-l", log,
                    "-o", string.Create(CultureInfo.InvariantCulture,
                        $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=1GB"));
                return new Cluster(folder, port, keptFolder is not null);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The port was taken between finding it free and the server binding it: another one.
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"{e.Message}\nThe server's log ({log}):\n{(File.Exists(log) ? File.ReadAllText(log) : "(none)")}", e);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
