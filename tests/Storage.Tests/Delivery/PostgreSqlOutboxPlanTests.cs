using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Storage.PostgreSql;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Delivery;

/// <summary>
/// On an outbox of months of sent messages and a short queue, the planner answers the sender's
/// questions through the indexes made for them, not by reading the table.
/// </summary>
public sealed class PostgreSqlOutboxPlanTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 0, 30, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await using var services = database.Open();
        var outbox = services.GetRequiredService<IOutbox>();
        if (await outbox.FindAsync("weekly:2026-W50:HS0000:telegram:0", default) is not null) return; // the class's first test made them
        var sent = Enumerable.Range(0, 20_000).Select(i => new OutboxMessage(
            $"score:HS{i % 2000:D4}|Toán|1|TX1:telegram:{i}:8:{i}", new ChatAddress("telegram", $"{i % 3000}"), "{}", T0.AddMinutes(-i), T0.AddMinutes(-i))
            { Status = OutboxStatus.Sent });
        var pending = Enumerable.Range(0, 20).Select(i => new OutboxMessage($"weekly:2026-W50:HS{i:D4}:telegram:{i}", new ChatAddress("telegram", $"{i}"),
            "{}", T0, T0.AddMinutes(i)));
        await outbox.EnqueueManyAsync([.. sent, .. pending], default);
        await using var analyze = services.GetRequiredService<NpgsqlDataSource>().CreateCommand("ANALYZE outbox");
        await analyze.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Lease_FindsDueMessages_ThroughThePendingIndex()
    {
        var plan = await ExplainAsync(PostgreSqlOutbox.DueSql, c => c.WithTime("now", T0.AddHours(1)).With("max", 100));

        Assert.Contains("Index Scan using outbox_due", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelPending_SeeksTheIdPrefix_InThePrimaryKey()
    {
        var plan = await ExplainAsync(PostgreSqlOutbox.CancelSql, c => c.WithPrefix("prefix", "score:HS0012|Toán|1|TX1:telegram:"));

        Assert.Contains("outbox_pkey", plan, StringComparison.Ordinal);
        Assert.Contains("Index Cond: ((id >= 'score:HS0012|Toán|1|TX1:telegram:'::text)", plan, StringComparison.Ordinal);
    }

    private async Task<string> ExplainAsync(string sql, Action<NpgsqlCommand> parameters)
    {
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var command = dataSource.CreateCommand("EXPLAIN " + sql);
        parameters(command);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }
}
