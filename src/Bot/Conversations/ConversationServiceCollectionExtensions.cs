using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.Attendance;
using SoLienLac.Bot.Conversations.Children;
using SoLienLac.Bot.Conversations.Conduct;
using SoLienLac.Bot.Conversations.Grades;
using SoLienLac.Bot.Conversations.Help;
using SoLienLac.Bot.Conversations.Leave;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Notices;
using SoLienLac.Bot.Conversations.Polls;
using SoLienLac.Bot.Conversations.Privacy;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;
using SoLienLac.Bot.Conversations.Talk;
using SoLienLac.Bot.Conversations.Teaching;
using SoLienLac.Bot.Conversations.Verify;
using SoLienLac.Bot.Conversations.Week;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The channel-neutral conversation: the engine, the router and one handler per command.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<FlowSteps>();
        services.AddSingleton<IChatStates, ChatStates>();
        services.AddSingleton<Verification>();
        services.AddSingleton<Records.RecordsAsOf>();
        // A feature is a folder and one line here; the order is the order of /trogiup.
        services.AddVerify();
        services.AddCommand<GradesHandler>().AddCommand<AttendanceHandler>().AddCommand<ConductHandler>().AddCommand<NoticesHandler>()
            .AddCommand<WeekHandler>().AddCommand<ChildHandler>().AddCommand<UnlinkHandler>().AddCommand<AcknowledgeHandler>()
            .AddCommand<Settings.SettingsHandler>();
        services.AddPrivacy();
        services.AddTeaching();
        services.AddNoticeSending();
        services.AddLeave();
        services.AddTalk();
        services.AddPolls();
        services.AddCommand<CancelHandler>().AddCommand<HelpHandler>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton(sp => new Lazy<CommandRouter>(sp.GetRequiredService<CommandRouter>));
        services.AddSingleton<Choices.OfferedChoices>();
        services.AddSingleton<ConversationEngine>();
        services.AddOptions<IncomingOptions>().BindConfiguration(IncomingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FloodGate>();
        services.AddSingleton<ChatDispatcher>();
        return services;
    }
}
