using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// Beats for this process while it serves, and gives back to the queue the leases of processes that
/// stopped: on the embedded store, whatever the process before this one held, at once (it cannot
/// still be running: the file is this process's); on a server database, those of an instance
/// silent for <see cref="InstanceOptions.StaleAfter"/>. Registered before the sender, so a restarted
/// bot sends what its predecessor was killed in the middle of before anything newer.
/// </summary>
public sealed class InstanceHeartbeat(Instance instance, IInstances instances, OutboxSignal signal, IOptions<InstanceOptions> options,
    TimeProvider clock, ILogger<InstanceHeartbeat> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await BeatAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.BeatEvery, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested) break;
            try
            {
                await BeatAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Instance {Instance} could not beat; trying again", instance.Name);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await instances.LeaveAsync(instance.Name, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Instance {Instance} could not give its leases back on stopping; they go back when its beat is missed", instance.Name);
        }
    }

    private async Task BeatAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await instances.BeatAsync(instance.Name, instance.StartedAt, now, cancellationToken);
        var beatBefore = instances.OneProcessAtATime ? DateTimeOffset.MaxValue : now - options.Value.StaleAfter;
        var freed = await instances.ReclaimAsync(instance.Name, beatBefore, cancellationToken);
        if (freed <= 0) return;
        logger.LogInformation("{Count} messages leased by stopped instances go back to the queue", freed);
        signal.Raise();
    }
}
