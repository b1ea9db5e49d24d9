using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Talk;
using SoLienLac.Storage.PostgreSql;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Talk;

/// <summary>A school year of messages: a thread, a teacher's threads and a teacher's last received message are read through their indexes.</summary>
public sealed class PostgreSqlTalkPlanTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var services = database.Open();
        await services.GetRequiredService<ITalkThreads>().FindAsync(Guid.Empty, default); // brings the schema up
        await Plans.RunAsync(database.ConnectionString,
            """
            TRUNCATE talk_messages;
            INSERT INTO talk_messages (id, student, teacher, from_parent, chat, text, at, deliver_at)
            SELECT gen_random_uuid(), 'HS' || lpad((i % 1000)::text, 4, '0'), 'GV' || lpad((i % 60)::text, 3, '0'), i % 3 <> 0,
                   'telegram:' || (i % 1000), 'Tin nhắn ' || i, timestamptz '2026-12-07 00:00Z' - i * interval '10 minutes',
                   timestamptz '2026-12-07 00:00Z' - i * interval '10 minutes'
            FROM generate_series(0, 30000) AS i;
            ANALYZE talk_messages
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(PostgreSqlTalkThreads.ThreadSql, "talk_messages_thread")]
    [InlineData(PostgreSqlTalkThreads.LatestOfTeacherSql, "talk_messages_thread")]
    [InlineData(PostgreSqlTalkThreads.LastReceivedSql, "talk_messages_received")]
    public async Task ATeachersOrAThreadsMessages_AreReadThroughTheirIndex(string sql, string index)
    {
        var plan = await Plans.ExplainAsync(database.ConnectionString, sql,
            c => c.With("student", "HS0012").With("teacher", "GV012").With("max", 20));

        Assert.True(plan.Contains(index, StringComparison.Ordinal), plan);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }
}
