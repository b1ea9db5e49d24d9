using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Polls;

public static class PollFeature
{
    /// <summary>Polls and permission slips: /khaosat (a teacher asks, sees the tally, reminds, closes) and the parents' answers.</summary>
    public static IServiceCollection AddPolls(this IServiceCollection services) =>
        services.AddSingleton<PollDesk>().AddCommand<PollHandler>().AddCommand<PollAnswerHandler>();
}
