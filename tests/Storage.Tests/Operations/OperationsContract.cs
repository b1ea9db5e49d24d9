using SoLienLac.Domain.Links;
using SoLienLac.Domain.Operations;
using SoLienLac.Domain.Settings;
using SoLienLac.Storage.Tests.Support;

namespace SoLienLac.Storage.Tests.Operations;

/// <summary>The small stores the service keeps for itself and for parents' settings.</summary>
public abstract class OperationsContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly ChatAddress Father = new("telegram", "101");
    private static readonly ChatAddress Mother = new("zalo", "u-202");

    [Fact]
    public async Task ParentSettings_AreTheDefaultsUntilChanged()
    {
        var settings = Port<IParentSettings>();

        Assert.Equal(ParentSettings.Default, await settings.OfAsync(Father, default));
        Assert.Empty(await settings.OfAsync([Father, Mother], default));
    }

    [Fact]
    public async Task ParentSettings_AreSavedOver_WithQuietHoursToTheMinute()
    {
        var settings = Port<IParentSettings>();
        await settings.SaveAsync(Father, new ParentSettings(ScoreAlerts.Off, true, null, null), default);

        await settings.SaveAsync(Father, new ParentSettings(ScoreAlerts.WeeklyOnly, false, new TimeOnly(21, 30, 15), new TimeOnly(6, 0)), default);

        Assert.Equal(new ParentSettings(ScoreAlerts.WeeklyOnly, false, new TimeOnly(21, 30), new TimeOnly(6, 0)), await settings.OfAsync(Father, default));
    }

    [Fact]
    public async Task ParentSettings_OfManyChats_InOneRead_LeaveOutTheUnchanged()
    {
        var settings = Port<IParentSettings>();
        var off = new ParentSettings(ScoreAlerts.Off, false, null, null);
        await settings.SaveAsync(Mother, off, default);

        var found = await settings.OfAsync([Father, Mother, Mother], default);

        Assert.Equal(new Dictionary<string, ParentSettings> { [Mother.Key] = off }, found);
        Assert.Empty(await settings.OfAsync([], default));
    }

    [Fact]
    public async Task ChannelCursor_IsNoneAtFirst_ThenTheLastPosition()
    {
        var cursors = Port<IChannelCursors>();
        Assert.Null(await cursors.PositionAsync("telegram", default));

        await cursors.AdvanceAsync("telegram", 5_000_000_001, default);
        await cursors.AdvanceAsync("telegram", 5_000_000_042, default);
        await cursors.AdvanceAsync("zalo", 7, default);

        Assert.Equal(5_000_000_042, await cursors.PositionAsync("telegram", default));
        Assert.Equal(7, await cursors.PositionAsync("zalo", default));
    }

    [Fact]
    public async Task UpdateLedger_BeginsAnUpdateOnce_UntilForgotten()
    {
        var ledger = Port<IUpdateLedger>();

        Assert.True(await ledger.TryBeginAsync("telegram:123", T0, default));
        Assert.False(await ledger.TryBeginAsync("telegram:123", T0.AddSeconds(1), default));
        Assert.True(await ledger.TryBeginAsync("zalo:m42", T0, default));

        await ledger.ForgetAsync("telegram:123", default);
        Assert.True(await ledger.TryBeginAsync("telegram:123", T0.AddSeconds(2), default));
    }

    [Fact]
    public async Task UpdateLedger_TheSameUpdateFromTwoProcessesAtOnce_IsBegunByOne()
    {
        var ledgers = new[] { Port<IUpdateLedger>(), PortOfSecondProcess<IUpdateLedger>() };

        var begun = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => ledgers[i % 2].TryBeginAsync("telegram:777", T0, default))));

        Assert.Single(begun, b => b);
    }

    [Fact]
    public async Task UpdateLedger_PrunesWhatBeganBefore()
    {
        var ledger = Port<IUpdateLedger>();
        await ledger.TryBeginAsync("telegram:1", T0.AddDays(-8), default);
        await ledger.TryBeginAsync("telegram:2", T0.AddDays(-8), default);
        await ledger.TryBeginAsync("telegram:3", T0, default);

        Assert.Equal(2, await ledger.PruneAsync(T0.AddDays(-7), default));

        Assert.True(await ledger.TryBeginAsync("telegram:1", T0, default));
        Assert.False(await ledger.TryBeginAsync("telegram:3", T0, default));
    }

    [Fact]
    public async Task JobRuns_RememberWhatWasDone()
    {
        var runs = Port<IJobRuns>();
        Assert.False(await runs.WasDoneAsync("weekly:2026-W49", default));

        await runs.DoneAsync("weekly:2026-W49", T0, default);
        await runs.DoneAsync("weekly:2026-W49", T0.AddMinutes(1), default);

        Assert.True(await runs.WasDoneAsync("weekly:2026-W49", default));
        Assert.False(await runs.WasDoneAsync("weekly:2026-W50", default));
    }
}
