using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Demo;
using SoLienLac.Bot.Hosting;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// The demo school as of Monday 23/11/2026, seeded once per test run into a template file; each
/// test gets its own copy, so tests never share a database and seeding is paid once.
/// </summary>
public static class DemoDatabase
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Task<string>> PostgreSqlTemplate = new(CreatePostgreSqlTemplateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>CREATE DATABASE … TEMPLATE refuses while another copy is being made: one copy at a time.</summary>
    private static readonly SemaphoreSlim Copying = new(1, 1);

    public static string CopyTo(TempDirectory dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        var path = dir.File("school.db");
        File.Copy(Template.Value, path);
        return path;
    }

    /// <summary>A database of its own on the test run's PostgreSQL cluster holding the demo school; returns its connection string.</summary>
    public static async Task<string> CopyToPostgreSqlAsync()
    {
        var template = await PostgreSqlTemplate.Value;
        await Copying.WaitAsync();
        try
        {
            return await StoreUnderTest.CopyDatabaseAsync(template);
        }
        finally
        {
            Copying.Release();
        }
    }

    public static Dictionary<string, string?> Settings(string databasePath) => new()
    {
        ["Storage:DatabasePath"] = databasePath,
        ["School:Year"] = "2026-2027",
    };

    private static string CreateTemplate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "solienlac-tests", "template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "demo.db");
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);
        using (var host = SchoolHost.BuildService(Settings(path), terminal, chatOnly: true, s => s.AddSingleton<TimeProvider>(new ManualClock())))
            host.Services.GetRequiredService<DemoSeeder>().Seed();
        File.Delete(path + ".lock");
        return path;
    }

    /// <summary>The demo seeded once into a database of the cluster, by the bot itself on PostgreSQL; its pool closed after.</summary>
    private static async Task<string> CreatePostgreSqlTemplateAsync()
    {
        var connectionString = await SoLienLac.Storage.Tests.Support.PostgreSqlServer.Shared.CreateDatabaseAsync();
        var settings = Settings(Path.Combine(Path.GetTempPath(), "solienlac-tests", "unused-" + Guid.NewGuid().ToString("N") + ".db"));
        settings["Storage:Provider"] = "PostgreSql";
        settings["Storage:ConnectionString"] = connectionString;
        var terminal = new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false);
        using (var host = SchoolHost.BuildService(settings, terminal, chatOnly: true, s => s.AddSingleton<TimeProvider>(new ManualClock())))
            await host.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
    }
}
