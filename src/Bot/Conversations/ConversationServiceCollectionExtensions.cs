using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.Attendance;
using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Conduct;
using SoLienLac.Bot.Conversations.Grades;
using SoLienLac.Bot.Conversations.Help;
using SoLienLac.Bot.Conversations.Leave;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Notices;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.Conversations.Verify;
using SoLienLac.Bot.Conversations.Week;
using SoLienLac.Bot.Storage.LiteDb;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The channel-neutral conversation: the engine, the router and one handler per command.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<IChatStates, LiteDbChatStates>();
        services.AddSingleton<Verification>();
        services.AddFlowCommand<VerifyHandler>();
        services.AddSingleton<ICommandHandler, GradesHandler>();
        services.AddSingleton<ICommandHandler, AttendanceHandler>();
        services.AddSingleton<ICommandHandler, ConductHandler>();
        services.AddSingleton<ICommandHandler, NoticesHandler>();
        services.AddSingleton<ICommandHandler, WeekHandler>();
        services.AddSingleton<ICommandHandler, ChildHandler>();
        services.AddSingleton<ICommandHandler, UnlinkHandler>();
        services.AddSingleton<ICommandHandler, AcknowledgeHandler>();
        services.AddSingleton<ICommandHandler, Settings.SettingsHandler>();
        services.AddFlowCommand<ScoreEntryHandler>();
        services.AddFlowCommand<AttendanceEntryHandler>();
        services.AddSingleton<AbsenceAlert>();
        services.AddSingleton<ICommandHandler, ConfirmHandler>();
        services.AddSingleton<ICommandHandler, HistoryHandler>();
        services.AddSingleton<ICommandHandler, ClassOverviewHandler>();
        services.AddSingleton<ICommandHandler, PrintBookHandler>();
        services.AddSingleton<TeacherConduct>();
        services.AddSingleton<GradebookFileHandler>();
        services.AddSingleton<IFlowHandler>(sp => sp.GetRequiredService<GradebookFileHandler>());
        services.AddSingleton<IFlowHandler>(sp => sp.GetRequiredService<TeacherConduct>());
        services.AddFlowCommand<SendNoticeHandler>();
        services.AddSingleton<NoticeDelivery>();
        services.AddSingleton<SentNoticesView>();
        services.AddSingleton<DueNoticePublisher>();
        services.AddFlowCommand<LeaveRequestHandler>();
        services.AddSingleton<ICommandHandler, PendingLeaveHandler>();
        services.AddSingleton<ICommandHandler>(sp => ActivatorUtilities.CreateInstance<LeaveDecisionHandler>(sp, true));
        services.AddSingleton<ICommandHandler>(sp => ActivatorUtilities.CreateInstance<LeaveDecisionHandler>(sp, false));
        services.AddSingleton<ICommandHandler, CancelHandler>();
        services.AddSingleton<ICommandHandler, HelpHandler>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton(sp => new Lazy<CommandRouter>(sp.GetRequiredService<CommandRouter>));
        services.AddSingleton<Choices.OfferedChoices>();
        services.AddSingleton<ConversationEngine>();
        services.AddOptions<IncomingOptions>().BindConfiguration(IncomingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FloodGate>();
        services.AddSingleton<ChatDispatcher>();
        return services;
    }

    /// <summary>A handler that starts a flow with its command and takes the flow's next messages.</summary>
    private static IServiceCollection AddFlowCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler, IFlowHandler
    {
        services.AddSingleton<T>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<T>());
        services.AddSingleton<IFlowHandler>(sp => sp.GetRequiredService<T>());
        return services;
    }
}
