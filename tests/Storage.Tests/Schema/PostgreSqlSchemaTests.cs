using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SoLienLac.Domain.Delivery;
using SoLienLac.Storage.PostgreSql;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Schema;

/// <summary>Each test on a database of its own, as a new deployment or an upgraded one would be.</summary>
public sealed class PostgreSqlSchemaTests
{
    private static async Task<NpgsqlDataSource> NewDatabaseAsync() =>
        NpgsqlDataSource.Create(await PostgreSqlServer.Shared.CreateDatabaseAsync());

    private static async Task<List<int>> VersionsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT version FROM schema_version ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync()) versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task FirstUse_CreatesTheSchema_AndRecordsEveryVersion()
    {
        await using var dataSource = await NewDatabaseAsync();
        await using (var services = new ServiceCollection().AddPostgreSqlStorage(_ => dataSource.ConnectionString).BuildServiceProvider())
            Assert.Equal(0, (await services.GetRequiredService<IOutbox>().CountsAsync(default))[OutboxStatus.Pending]);

        Assert.Equal(Enumerable.Range(1, PostgreSql.Schema.Known.Version), await VersionsAsync(dataSource));
        Assert.Equal(14, PostgreSql.Schema.Known.Version);
        // Schema 11: the clustered scheduler's tables, as the Quartz release in use makes them.
        foreach (var table in new[] { "qrtz_job_details", "qrtz_triggers", "qrtz_cron_triggers", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks" })
            Assert.Equal(true, await ScalarAsync(dataSource, $"SELECT to_regclass('{table}') IS NOT NULL"));
    }

    [Fact]
    public async Task ASecondStart_FindsTheSchemaCurrent_AndChangesNothing()
    {
        await using var dataSource = await NewDatabaseAsync();
        Assert.Equal(0, await PostgreSql.Schema.Known.UpgradeAsync(dataSource, default));

        Assert.Equal(PostgreSql.Schema.Known.Version, await PostgreSql.Schema.Known.UpgradeAsync(dataSource, default));

        Assert.Equal(Enumerable.Range(1, PostgreSql.Schema.Known.Version), await VersionsAsync(dataSource));
    }

    [Fact]
    public async Task ANewerSchema_IsRefused_SayingWhichVersionAndWhichTheCodeKnows()
    {
        await using var dataSource = await NewDatabaseAsync();
        await PostgreSql.Schema.Known.UpgradeAsync(dataSource, default);
        var newer = PostgreSql.Schema.Known.Version + 1;
        await ScalarAsync(dataSource, $"INSERT INTO schema_version (version, applied_at) VALUES ({newer}, now())");

        await using var services = new ServiceCollection().AddPostgreSqlStorage(_ => dataSource.ConnectionString).BuildServiceProvider();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<IOutbox>().CountsAsync(default));

        Assert.Contains($"schema version {newer}", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"knows schema {PostgreSql.Schema.Known.Version} at most", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<IOutbox>().FindAsync("x", default));
    }

    [Fact]
    public async Task AUserWhoMayNotCreateTables_StartsOnACurrentSchema()
    {
        await using var dataSource = await NewDatabaseAsync();
        await PostgreSql.Schema.Known.UpgradeAsync(dataSource, default);
        var user = "bot_" + Guid.NewGuid().ToString("N")[..12];
        await ScalarAsync(dataSource, $"CREATE ROLE {user} LOGIN; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {user}");
        var asUser = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString) { Username = user }.ConnectionString;

        await using var services = new ServiceCollection().AddPostgreSqlStorage(_ => asUser).BuildServiceProvider();

        Assert.True(await services.GetRequiredService<IOutbox>().EnqueueAsync(
            new OutboxMessage("a", new Domain.Links.ChatAddress("telegram", "1"), "{}", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch), default));
    }

    [Fact]
    public async Task Upgrade_RunsTheMissingSteps_InOrder()
    {
        await using var dataSource = await NewDatabaseAsync();
        string[] steps = ["CREATE TABLE t (a integer)", "ALTER TABLE t ADD COLUMN b integer", "INSERT INTO t (a, b) VALUES (1, 2)"];
        Assert.Equal(0, await new PostgreSql.Schema(steps[..2]).UpgradeAsync(dataSource, default));

        Assert.Equal(2, await new PostgreSql.Schema(steps).UpgradeAsync(dataSource, default));

        Assert.Equal(new List<int> { 1, 2, 3 }, await VersionsAsync(dataSource));
        Assert.Equal(2, await ScalarAsync(dataSource, "SELECT b FROM t WHERE a = 1"));
    }

    [Fact]
    public async Task AStepThatFails_LeavesTheDatabaseAtTheVersionBefore()
    {
        await using var dataSource = await NewDatabaseAsync();
        string[] steps = ["CREATE TABLE t (a integer)", "CREATE TABLE u (a integer); INSERT INTO t VALUES (1); SELECT 1 / 0"];

        await Assert.ThrowsAsync<PostgresException>(() => new PostgreSql.Schema(steps).UpgradeAsync(dataSource, default));

        Assert.Equal(new List<int> { 1 }, await VersionsAsync(dataSource));
        Assert.Equal(0L, await ScalarAsync(dataSource, "SELECT count(*) FROM t"));
        Assert.Equal(true, await ScalarAsync(dataSource, "SELECT to_regclass('u') IS NULL"));
    }

    [Fact]
    public async Task ProcessesStartingAtOnce_UpgradeOnce_AndAllGoOn()
    {
        await using var dataSource = await NewDatabaseAsync();
        // A slow first step: without the lock, the others would run it too and fail on a table that exists.
        var schema = new PostgreSql.Schema(["SELECT pg_sleep(0.5); CREATE TABLE t (a integer)", "INSERT INTO t VALUES (1)"]);
        var processes = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(dataSource.ConnectionString)).ToList();

        var found = await Task.WhenAll(processes.Select(p => Task.Run(() => schema.UpgradeAsync(p, default))));

        Assert.Single(found, v => v == 0);
        Assert.Equal(new List<int> { 1, 2 }, await VersionsAsync(dataSource));
        Assert.Equal(1L, await ScalarAsync(dataSource, "SELECT count(*) FROM t"));
        foreach (var p in processes) await p.DisposeAsync();
    }

    [Fact]
    public async Task TheRealSchema_CreatedByProcessesAtOnce_IsWhole()
    {
        await using var dataSource = await NewDatabaseAsync();
        var providers = Enumerable.Range(0, 4)
            .Select(_ => new ServiceCollection().AddPostgreSqlStorage(_ => dataSource.ConnectionString).BuildServiceProvider()).ToList();

        await Task.WhenAll(providers.Select(p => Task.Run(() => p.GetRequiredService<IOutbox>().CountsAsync(default))));

        Assert.Equal(Enumerable.Range(1, PostgreSql.Schema.Known.Version), await VersionsAsync(dataSource));
        foreach (var p in providers) await p.DisposeAsync();
    }
}
