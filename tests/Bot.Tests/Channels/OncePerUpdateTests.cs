using Microsoft.Extensions.Logging.Abstractions;
using SoLienLac.Bot.Channels;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Bot.Tests.Support;

namespace SoLienLac.Bot.Tests.Channels;

/// <summary>The store of updates begun: each update handled once, across restarts; old ids forgotten so the file stays small.</summary>
public sealed class OncePerUpdateTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly ManualClock _clock = new();
    private readonly SchoolDatabase _db;

    public OncePerUpdateTests() => _db = SchoolDatabase.Open(_dir.File("school.db"));

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }

    private OncePerUpdate Once() => new(new LiteDbUpdateLedger(_db), _clock, NullLogger<OncePerUpdate>.Instance);

    private static async Task<int> Handle(OncePerUpdate once, string id)
    {
        var handled = 0;
        await once.HandleAsync("telegram", id, _ => { handled++; return Task.CompletedTask; }, CancellationToken.None);
        return handled;
    }

    [Fact]
    public async Task AnUpdate_IsHandledOnce_EvenByTheNextProcess()
    {
        Assert.Equal(1, await Handle(Once(), "41"));

        Assert.Equal(0, await Handle(Once(), "41"));
        Assert.Equal(1, await Handle(Once(), "42"));
    }

    [Fact]
    public async Task AnUpdateCutShortByStopping_IsHandledAfterTheRestart()
    {
        using var stopping = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Once().HandleAsync("telegram", "43", async ct =>
        {
            await stopping.CancelAsync();
            ct.ThrowIfCancellationRequested();
        }, stopping.Token));

        Assert.Equal(1, await Handle(Once(), "43"));
    }

    [Fact]
    public async Task UpdatesBegunLongAgo_AreForgotten()
    {
        await Handle(Once(), "44");

        _clock.Advance(OncePerUpdate.Keep + TimeSpan.FromHours(1));
        await Handle(Once(), "45");

        Assert.Equal(1, _db.Read(() => _db.Collection("updates_begun").Count()));
        Assert.Equal(1, await Handle(Once(), "44"));
    }
}
