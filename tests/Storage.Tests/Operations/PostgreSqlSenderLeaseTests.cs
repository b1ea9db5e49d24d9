using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Operations;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Operations;

/// <summary>
/// One sender per token across processes: the lease is one holder's while it runs; it passes to another
/// once it runs out (a killed process) or is given back (a clean stop).
/// </summary>
public sealed class PostgreSqlSenderLeaseTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    [Fact]
    public async Task OneHolder_AtATime_UntilItsLeaseRunsOut_OrItGivesItBack()
    {
        await using var services = database.Open();
        var lease = services.GetRequiredService<ISenderLease>();
        var key = "telegram:" + Guid.NewGuid().ToString("N")[..16];

        Assert.True(await lease.HoldAsync(key, "bot-a", TimeSpan.FromSeconds(30), default));
        Assert.False(await lease.HoldAsync(key, "bot-b", TimeSpan.FromSeconds(30), default));
        Assert.True(await lease.HoldAsync(key, "bot-a", TimeSpan.FromMilliseconds(300), default)); // renewed, shorter
        Assert.Equal(("bot-a", true), await lease.HolderAsync(key, default) is { } h ? (h.Holder, h.Live) : default);

        await Task.Delay(600); // bot-a was killed: its lease runs out
        Assert.False((await lease.HolderAsync(key, default))!.Live);
        Assert.True(await lease.HoldAsync(key, "bot-b", TimeSpan.FromSeconds(30), default));
        Assert.False(await lease.HoldAsync(key, "bot-a", TimeSpan.FromSeconds(30), default));

        await lease.ReleaseAsync(key, "bot-a", default); // not its own: nothing happens
        Assert.Equal("bot-b", (await lease.HolderAsync(key, default))!.Holder);
        await lease.ReleaseAsync(key, "bot-b", default);
        Assert.Null(await lease.HolderAsync(key, default));
        Assert.True(await lease.HoldAsync(key, "bot-a", TimeSpan.FromSeconds(30), default));
    }
}
