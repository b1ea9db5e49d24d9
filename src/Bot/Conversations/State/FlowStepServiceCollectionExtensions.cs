using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.Routing;

namespace SoLienLac.Bot.Conversations.State;

/// <summary>How a feature registers itself: its commands, its flow handler and its steps, in its own folder.</summary>
public static class FlowStepServiceCollectionExtensions
{
    /// <summary>A flow step saved under <paramref name="name"/>: stable across releases, never reused.</summary>
    public static IServiceCollection AddFlowStep<T>(this IServiceCollection services, string name)
        where T : FlowState
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return services.AddSingleton(new FlowStep(typeof(T), name));
    }

    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler =>
        services.AddSingleton<ICommandHandler, T>();

    /// <summary>A handler that starts a flow with its command and takes the flow's next messages.</summary>
    public static IServiceCollection AddFlowCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler, IFlowHandler
    {
        services.AddSingleton<T>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<T>());
        services.AddSingleton<IFlowHandler>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
