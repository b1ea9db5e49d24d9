using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Leave;

public static class LeaveFeature
{
    /// <summary>Leave requests: /xinnghi (a parent asks, one step for the form), /donnghi, «Duyệt» and «Từ chối» (the homeroom teacher answers).</summary>
    public static IServiceCollection AddLeave(this IServiceCollection services) =>
        services.AddFlowCommand<LeaveRequestHandler>()
            .AddFlowStep<AwaitingLeave>("leave.text")
            .AddCommand<PendingLeaveHandler>()
            .AddSingleton<ICommandHandler>(sp => ActivatorUtilities.CreateInstance<LeaveDecisionHandler>(sp, true))
            .AddSingleton<ICommandHandler>(sp => ActivatorUtilities.CreateInstance<LeaveDecisionHandler>(sp, false));
}
