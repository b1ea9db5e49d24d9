using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Cli;

/// <summary>A verb that read students' records (results, a printed book, an export) writes it to the access log, as the school at the machine.</summary>
internal static class VerbAccess
{
    public static Task RecordAsync(IServiceProvider services, CliContext context, IEnumerable<StudentCode> students, string what, CancellationToken cancellationToken)
    {
        var hour = AccessEntry.HourOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var entries = students.Distinct().Select(s => new AccessEntry(s, $"may:{context.User}", context.User, AccessRole.School, "máy", what, hour)).ToList();
        return services.GetRequiredService<IAccessLog>().RecordAsync(entries, cancellationToken);
    }
}
