using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SoLienLac.Bot.Storage;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Storage.PostgreSql;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Bot.Tests.Support;

/// <summary>
/// A copy of the demo school on the engine a suite runs on: a LiteDB file of its own, or a PostgreSQL
/// database of its own on the test run's throw-away cluster (made from a seeded template database).
/// </summary>
public sealed class StoreUnderTest
{
    private StoreUnderTest(StorageProvider provider, string databasePath, string? connectionString)
    {
        Provider = provider;
        DatabasePath = databasePath;
        ConnectionString = connectionString;
    }

    public StorageProvider Provider { get; }

    /// <summary>The LiteDB file (on PostgreSQL, a path the bot is given and never opens for data).</summary>
    public string DatabasePath { get; }

    public string? ConnectionString { get; }

    public static async Task<StoreUnderTest> CopyDemoAsync(StorageProvider provider, TempDirectory dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        return provider == StorageProvider.PostgreSql
            ? new StoreUnderTest(provider, dir.File("school.db"), await DemoDatabase.CopyToPostgreSqlAsync())
            : new StoreUnderTest(provider, DemoDatabase.CopyTo(dir), null);
    }

    /// <summary>An empty PostgreSQL database of its own, for a suite that sets up its schools itself.</summary>
    public static async Task<StoreUnderTest> EmptyPostgreSqlAsync(TempDirectory dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        return new StoreUnderTest(StorageProvider.PostgreSql, dir.File("school.db"), await PostgreSqlServer.Shared.CreateDatabaseAsync());
    }

    /// <summary>The settings that point the bot at this store.</summary>
    public Dictionary<string, string?> Settings()
    {
        var settings = DemoDatabase.Settings(DatabasePath);
        settings["Storage:Provider"] = Provider.ToString();
        if (ConnectionString is not null) settings["Storage:ConnectionString"] = ConnectionString;
        return settings;
    }

    /// <summary>The store's ports, as the bot gets them, for a test's arrangements and checks while the bot is not running.</summary>
    public ServiceProvider OpenPorts() => Provider == StorageProvider.PostgreSql
        ? new ServiceCollection().AddPostgreSqlStorage(_ => ConnectionString!).BuildServiceProvider()
        : new ServiceCollection().AddLiteDbStorage(_ => DatabasePath).BuildServiceProvider();

    /// <summary>A new database holding <paramref name="template"/>'s data; nobody may be connected to the template meanwhile.</summary>
    internal static async Task<string> CopyDatabaseAsync(string template)
    {
        var name = "bot_" + Guid.NewGuid().ToString("N");
        await using var admin = NpgsqlDataSource.Create(PostgreSqlServer.Shared.ConnectionString("postgres"));
        await using var command = admin.CreateCommand($"CREATE DATABASE {name} TEMPLATE {template}");
        await command.ExecuteNonQueryAsync();
        return PostgreSqlServer.Shared.ConnectionString(name);
    }
}
