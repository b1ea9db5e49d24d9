using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Notices;
using SoLienLac.Storage.PostgreSql;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Notices;

/// <summary>Years of delivered notices and a few waiting: the delivery job reads only the few, through the partial index.</summary>
public sealed class PostgreSqlNoticesPlanTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 0, 30, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await using var services = database.Open();
        await services.GetRequiredService<INoticeBoard>().FindAsync(Guid.Empty, default); // brings the schema up
        await Plans.RunAsync(database.ConnectionString,
            """
            TRUNCATE notices;
            INSERT INTO notices (id, class, text, author, created_at, publish_at, urgent, delivered_at)
            SELECT gen_random_uuid(), CASE WHEN i % 10 = 0 THEN NULL ELSE (6 + i % 4) || chr(65 + i % 8) END, 'Thông báo ' || i, 'GV003',
                   timestamptz '2026-12-07 00:00Z' - i * interval '1 hour', timestamptz '2026-12-07 00:00Z' - i * interval '1 hour',
                   false, CASE WHEN i >= 10 THEN timestamptz '2026-12-07 00:00Z' - i * interval '1 hour' END
            FROM generate_series(0, 20000) AS i;
            ANALYZE notices
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DueUndelivered_ReadsThePartialIndexOfTheUndelivered()
    {
        var plan = await Plans.ExplainAsync(database.ConnectionString, PostgreSqlNoticeBoard.DueSql, c => c.WithTime("now", Now));

        Assert.Contains("notices_undelivered", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }
}
