using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bot.Conversations.Routing;
using SoLienLac.Bot.Conversations.State;

namespace SoLienLac.Bot.Conversations.Teaching;

public static class TeachingFeature
{
    /// <summary>The teachers' commands and flows: scores, roll call, conduct and remarks, the gradebook file, the class, the audit trail.</summary>
    public static IServiceCollection AddTeaching(this IServiceCollection services)
    {
        services.AddFlowCommand<ScoreEntryHandler>()
            .AddFlowStep<AwaitingScores>("scores.lines")
            .AddFlowStep<ConfirmingScores>("scores.confirm");
        services.AddFlowCommand<AttendanceEntryHandler>()
            .AddFlowStep<AwaitingAbsences>("absences.lines")
            .AddFlowStep<ConfirmingAbsences>("absences.confirm");
        services.AddSingleton<AbsenceAlert>();
        services.AddCommand<ConfirmHandler>().AddCommand<HistoryHandler>().AddCommand<ClassOverviewHandler>().AddCommand<PrintBookHandler>();
        services.AddSingleton<TeacherConduct>();
        services.AddSingleton<IFlowHandler>(sp => sp.GetRequiredService<TeacherConduct>());
        services.AddFlowStep<ConfirmingConduct>("conduct.confirm").AddFlowStep<ConfirmingRemark>("remark.confirm");
        services.AddSingleton<GradebookFileHandler>();
        services.AddSingleton<IFlowHandler>(sp => sp.GetRequiredService<GradebookFileHandler>());
        return services.AddFlowStep<ConfirmingFile>("file.confirm");
    }
}
