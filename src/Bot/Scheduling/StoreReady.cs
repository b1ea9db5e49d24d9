using Microsoft.Extensions.Hosting;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Scheduling;

/// <summary>
/// Reads the store once at start, before the scheduler starts: on PostgreSQL that brings the schema up
/// to date — the clustered scheduler's tables among it — before Quartz looks for them.
/// </summary>
public sealed class StoreReady(IInstances instances) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => instances.ListAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
