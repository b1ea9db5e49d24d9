using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;

namespace SoLienLac.Bot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The outbox: proactive messages are written first and sent by one sender at the channel's rate.</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        // Bound for every host by SchoolHost (status reads it too); checked here, where it is used to send.
        services.AddOptions<DeliveryOptions>().ValidateDataAnnotations()
            .Validate(o => o.KeepDelivered >= TimeSpan.FromDays(14) && o.KeepDelivered <= TimeSpan.FromDays(3650),
                "Delivery:KeepDelivered must be between 14 days and 10 years (a week's ids must outlive the week)")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        // Pacing keeps real time, whatever clock the school's schedule is given (a test's, for one).
        services.AddSingleton(sp => new RateGates(sp.GetRequiredService<IOptions<DeliveryOptions>>()));
        services.AddSingleton<INotifier, OutboxNotifier>();
        services.AddSingleton<ScoreAlerts>();
        services.AddSingleton<HeldReplies>();
        services.AddOptions<InstanceOptions>()
            .Validate(o => o.BeatEvery > TimeSpan.Zero && o.StaleAfter >= 2 * o.BeatEvery,
                "Instance:StaleAfter must be at least twice Instance:BeatEvery (a late beat is not a stopped process)")
            .ValidateOnStart();
        services.AddSingleton<Instance>();
        services.AddHostedService<InstanceHeartbeat>();
        // Before the sender: started first, stopped after it (the lease given back once sending has stopped).
        services.AddSingleton<SenderElection>();
        services.AddSingleton<Hosting.HealthCheck>();
        services.AddHostedService(sp => sp.GetRequiredService<SenderElection>());
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
