using SoLienLac.Domain.Delivery;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Delivery;

public sealed class PostgreSqlOutboxTests(PostgreSqlDatabaseFixture database)
    : OutboxContract(database.Backend()), IClassFixture<PostgreSqlDatabaseFixture>
{
    /// <summary>Student codes may hold '_', which LIKE would take for any letter.</summary>
    [Fact]
    public async Task CancelPending_TakesThePrefixLiterally()
    {
        var outbox = Port<IOutbox>();
        await outbox.EnqueueManyAsync([Message("score:HS_1|x:8", T0), Message("score:HSX1|x:8", T0), Message(@"score:H%\1|x:8", T0)], default);

        Assert.Equal(1, await outbox.CancelPendingAsync("score:HS_1|", default));
        Assert.Equal(1, await outbox.CancelPendingAsync(@"score:H%\", default));

        Assert.NotNull(await outbox.FindAsync("score:HSX1|x:8", default));
    }
}
