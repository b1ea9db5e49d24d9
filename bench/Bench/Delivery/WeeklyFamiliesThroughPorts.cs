using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Delivery;

/// <summary>
/// What <see cref="WeeklyFamilies"/> does, through the ports, for an engine the bench cannot reach
/// beneath them (PostgreSQL): one parent's Telegram chat linked to each student
/// (<see cref="IChatLinks.SaveAsync(ParentLink, CancellationToken)"/>, on a few tasks), and one
/// excused absence on the Friday afternoon (<see cref="ISchoolRecords"/>, a few thousand a change set).
/// </summary>
internal static class WeeklyFamiliesThroughPorts
{
    private const int PerChangeSet = 5_000;
    private const int Tasks = 4;
    private const long FirstChatId = 900_000_001;

    public static Families Prepare(IServiceProvider services, SchoolWeek week, DateTimeOffset linkedAt)
    {
        ArgumentNullException.ThrowIfNull(services);
        var directory = services.GetRequiredService<IStudentDirectory>();
        var students = directory.ClassesAsync(CancellationToken.None).GetAwaiter().GetResult()
            .SelectMany(c => directory.InClassAsync(c, CancellationToken.None).GetAwaiter().GetResult()).ToList();
        var links = services.GetRequiredService<IChatLinks>();
        var numbered = students.Select((s, i) => (s.Code, Chat: FirstChatId + i)).ToList();
        Parallel.ForEachAsync(numbered, new ParallelOptions { MaxDegreeOfParallelism = Tasks },
            async (s, ct) => await links.SaveAsync(Link(s.Code, s.Chat, linkedAt), ct)).GetAwaiter().GetResult();

        var records = services.GetRequiredService<ISchoolRecords>();
        var friday = week.Monday.AddDays(4);
        foreach (var chunk in students.Chunk(PerChangeSet))
        {
            var changes = new ChangeSet();
            changes.Absences.AddRange(chunk.Select(s => new Absence(s.Code, friday, DaySession.Afternoon, Excused: true)));
            records.SaveAsync(changes, CancellationToken.None).GetAwaiter().GetResult();
        }
        return new Families(students.Count, students.Count(s => s.IsStudying), students.Count, students.Count);
    }

    private static ParentLink Link(StudentCode student, long chat, DateTimeOffset at) =>
        new(new ChatAddress("telegram", chat.ToString(CultureInfo.InvariantCulture)), student, LinkProof.ActivationCode, null, at, null);
}
