using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SoLienLac.Storage.PostgreSql;

namespace SoLienLac.Storage.Tests.Support;

/// <summary>A database of the shared throw-away cluster for one test class; each test starts on empty tables.</summary>
public sealed class PostgreSqlDatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await PostgreSqlServer.Shared.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The ports as the bot would have them: the one public entry, a pool of its own.</summary>
    public ServiceProvider Open() => new ServiceCollection().AddPostgreSqlStorage(_ => ConnectionString).BuildServiceProvider();

    /// <summary>Empties every table but the schema's version (the tests of a class run one after the other).</summary>
    public async Task ClearAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
        await using var list = dataSource.CreateCommand(
            "SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version'");
        if (await list.ExecuteScalarAsync() is not string tables) return;
        await using var truncate = dataSource.CreateCommand($"TRUNCATE {tables}");
        await truncate.ExecuteNonQueryAsync();
    }

    public IStoreBackend Backend() => new PostgreSqlBackend(this);
}
