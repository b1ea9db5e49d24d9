using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Talk;

public static class TalkFeature
{
    /// <summary>Families and teachers writing to each other: /nhangv, /traloi, /hoithoai, mute and report.</summary>
    public static IServiceCollection AddTalk(this IServiceCollection services)
    {
        services.AddSingleton<TalkDesk>();
        return services.AddFlowCommand<MessageTeacherHandler>().AddFlowStep<AwaitingMessage>("talk.message")
            .AddFlowCommand<ReplyHandler>().AddFlowStep<AwaitingAnswer>("talk.answer")
            .AddCommand<ThreadsHandler>().AddCommand<MuteHandler>().AddCommand<ReportHandler>();
    }
}
