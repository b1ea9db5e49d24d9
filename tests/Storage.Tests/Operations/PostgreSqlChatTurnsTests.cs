using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Operations;

/// <summary>A chat's turns, one at a time across processes (two stores open on one database stand for two processes).</summary>
public sealed class PostgreSqlChatTurnsTests(PostgreSqlDatabaseFixture database) : IClassFixture<PostgreSqlDatabaseFixture>
{
    [Fact]
    public async Task ASecondTurnOfTheSameChat_WaitsForTheFirst_AnotherChatsDoesNot()
    {
        await using var one = database.Open();
        await using var other = database.Open();
        var chat = new ChatAddress("telegram", "424242");

        var first = await one.GetRequiredService<IChatTurns>().TakeAsync(chat, default);
        var second = other.GetRequiredService<IChatTurns>().TakeAsync(chat, default);
        var elsewhere = await other.GetRequiredService<IChatTurns>().TakeAsync(new ChatAddress("telegram", "434343"), default);
        await Task.Delay(300);

        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await using (await second.WaitAsync(TimeSpan.FromSeconds(5)))
            Assert.True(second.IsCompletedSuccessfully);
        await elsewhere.DisposeAsync();
    }
}
