using Microsoft.Extensions.Logging;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Channels;

/// <summary>
/// Every update a platform sends is handled at most once, across restarts (docs/decisions/0011): it is
/// noted in the store before it is handled, and an update noted before is skipped — the one the process
/// died on (no crash loop), and one the platform sends again (a webhook retried after a slow answer).
/// An update cut short because the service stopped is forgotten again, so it is answered after the restart.
/// </summary>
public sealed class OncePerUpdate(IUpdateLedger ledger, TimeProvider clock, ILogger<OncePerUpdate> logger)
{
    /// <summary>Platforms stop sending an update again long before this (Telegram keeps them 24 hours).</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromDays(2);

    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    private long _nextPrune = DateTimeOffset.MinValue.UtcTicks;

    /// <returns>False when the update was begun before and was skipped.</returns>
    public async Task<bool> HandleAsync(string channel, string updateId, Func<CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var key = $"{channel}:{updateId}";
        var now = clock.GetUtcNow();
        await PruneIfDueAsync(now, cancellationToken);
        if (!await ledger.TryBeginAsync(key, now, cancellationToken))
        {
            logger.LogWarning("Update {Update} was begun before (the process died on it, or the platform sent it again): skipped", key);
            return false;
        }
        try
        {
            await handle(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ledger.ForgetAsync(key, CancellationToken.None);
            throw;
        }
        return true;
    }

    private async Task PruneIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref _nextPrune);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPrune, (now + PruneEvery).UtcTicks, due) != due) return;
        await ledger.PruneAsync(now - Keep, cancellationToken);
    }
}
