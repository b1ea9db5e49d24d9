using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Notices;

public static class NoticeSendingFeature
{
    /// <summary>/guithongbao (a notice to a class or the school, now or at a set time) and its delivery to the parents.</summary>
    public static IServiceCollection AddNoticeSending(this IServiceCollection services)
    {
        services.AddFlowCommand<SendNoticeHandler>().AddFlowStep<ConfirmingNotice>("notice.confirm");
        services.AddSingleton<NoticeDelivery>();
        services.AddSingleton<SentNoticesView>();
        return services.AddSingleton<DueNoticePublisher>();
    }
}
