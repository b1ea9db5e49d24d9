using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Operations;

namespace SoLienLac.Bot.Hosting;

/// <summary>What <c>GET /health</c> answers: whether the store answers, which instance this is, and whether it is the sender.</summary>
public sealed record HealthReport(string Status, string Database, string Instance, bool Sender)
{
    public bool Healthy => Status == "ok";
}

/// <summary>
/// The check a load balancer makes on each bot process (the webhook's <c>/health</c>): healthy while the
/// store answers within two seconds; 503 otherwise, so the balancer sends updates to another process.
/// </summary>
public sealed class HealthCheck(IInstances instances, Instance instance, SenderElection election)
{
    public static readonly TimeSpan DatabaseWithin = TimeSpan.FromSeconds(2);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        within.CancelAfter(DatabaseWithin);
        var database = "ok";
        try
        {
            await instances.ListAsync(within.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            database = "unreachable";
        }
        return new HealthReport(database == "ok" ? "ok" : "unhealthy", database, instance.Name, election.IsSender);
    }
}
