using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoLienLac.Domain.Entry;
using SoLienLac.Domain.Results;
using SoLienLac.Domain.SchoolFiles;

namespace SoLienLac.Bot.School;

public static class SchoolServiceCollectionExtensions
{
    /// <summary>The school's options, its calendar, and the domain services that work on its records.</summary>
    public static IServiceCollection AddSchool(this IServiceCollection services)
    {
        services.AddOptions<SchoolOptions>().BindConfiguration(SchoolOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "School:TimeZone is not a known time zone")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SchoolCalendar>();
        services.AddSingleton<SchoolProfiles>();
        services.AddSingleton<ClassResults>();
        services.AddSingleton<RosterImport>();
        services.AddSingleton<TeachersImport>();
        services.AddSingleton<ScoresImport>();
        services.AddSingleton<AttendanceImport>();
        services.AddSingleton<ConductImport>();
        services.AddSingleton<ScoreEntry>();
        services.AddSingleton<AttendanceEntry>();
        services.AddSingleton<LeaveDecisions>();
        services.AddSingleton<ConductEntry>();
        return services;
    }
}
