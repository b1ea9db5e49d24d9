using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Links;
using SoLienLac.Storage.PostgreSql;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Verification;

/// <summary>
/// With two days of failures from thousands of chats (a school's worth of mistyped codes, or
/// someone guessing), each lock's question is answered through its index, not by reading the table.
/// </summary>
public sealed class PostgreSqlVerificationPlanTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using (var services = database.Open())
        {
            if ((await services.GetRequiredService<IVerificationAttempts>().FailuresOfAsync(new ChatAddress("telegram", "0"), default)).Count > 0)
                return; // the class's first test made them
        }
        await Plans.RunAsync(database.ConnectionString,
            """
            INSERT INTO verification_failures (chat, at, against)
            SELECT 'telegram:' || (i % 5000), timestamptz '2026-12-07 00:00Z' - i * interval '5 seconds',
                   CASE WHEN i % 2 = 0 THEN 'HS' || lpad((i % 3000)::text, 4, '0') END
            FROM generate_series(0, 40000) AS i;
            ANALYZE verification_failures
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FailuresOfAChat_AreFoundThroughTheChatIndex()
    {
        var plan = await Plans.ExplainAsync(database.ConnectionString, PostgreSqlVerificationAttempts.OfChatSql, c => c.With("chat", "telegram:42"));

        Assert.Contains("verification_failures_chat", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailuresAgainstACode_AreFoundThroughTheCodesIndex()
    {
        var plan = await Plans.ExplainAsync(database.ConnectionString, PostgreSqlVerificationAttempts.AgainstSql, c => c.With("against", "HS0012"));

        Assert.Contains("verification_failures_against", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }
}
