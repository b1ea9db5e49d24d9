using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>
/// A throw-away PostgreSQL cluster for the whole test run: made with initdb in a temporary folder,
/// served on a free port of 127.0.0.1 (its socket in the same folder), stopped and deleted once the
/// test process has ended, however it ended. Root may not run PostgreSQL, so as root (CI,
/// containers) the cluster is the postgres user's. Each test class makes a database of its own on it.
/// </summary>
public sealed class PostgreSqlServer
{
    private const string FolderPrefix = "solienlac-pg-";

    private static readonly Lazy<PostgreSqlServer> s_shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private PostgreSqlServer(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    public static PostgreSqlServer Shared => s_shared.Value;

    public string Folder { get; }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    /// <summary>A new, empty database with a name of its own; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using var admin = NpgsqlDataSource.Create(ConnectionString("postgres"));
        await using var command = admin.CreateCommand($"CREATE DATABASE {name}");
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static PostgreSqlServer Start()
    {
        var bin = PostgreSqlBinaries.Locate();
        var runAs = Environment.IsPrivilegedProcess ? "postgres" : null;
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (runAs is not null) Programs.Run(null, "chown", $"{runAs}:{runAs}", folder);
        Watchdog.StopWhenGone(Environment.ProcessId, runAs, Path.Combine(bin, "pg_ctl"), folder);
        var data = Path.Combine(folder, "data");
        // --no-sync and fsync=off: a cluster that lives for one test run need not survive a power cut.
        Programs.Run(runAs, Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync");
        var log = Path.Combine(folder, "server.log");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                Programs.Run(runAs, Path.Combine(bin, "pg_ctl"), "start", "-D", data, "-w", "-t", "60", "-l", log,
                    "-o", string.Create(CultureInfo.InvariantCulture,
                        $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"));
                return new PostgreSqlServer(folder, port);
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
