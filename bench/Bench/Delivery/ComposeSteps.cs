using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Settings;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Bot.Conversations.Week;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.Scheduling;
using SoLienLac.Bot.School;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Conduct;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Notices;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Summaries;

namespace SoLienLac.Bench.Delivery;

/// <summary>
/// Where a weekly summary's time goes: the calls <see cref="WeeklySummaries.Compose"/> makes, in its
/// order (a class's records a collection at a time), with a stopwatch around each, for some classes of the store. The messages get ids of their
/// own (<c>probe:…</c>), so the outbox inserts cost what new ones cost in the real run.
/// </summary>
internal sealed class ComposeSteps(IServiceProvider services)
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public int Students { get; private set; }

    /// <summary>Each step's share, in microseconds a student, in the order Compose takes them.</summary>
    public IEnumerable<(string Step, double Microseconds)> PerStudent =>
        _order.Select(s => (s, _ticks[s] * 1_000_000.0 / Stopwatch.Frequency / Math.Max(Students, 1)));

    /// <summary>Each step's allocations on this thread, in KiB a student.</summary>
    public double KiBPerStudent(string step) => _bytes[step] / 1024.0 / Math.Max(Students, 1);

    public void Run(SchoolWeek week, IEnumerable<ClassName> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        var students = services.GetRequiredService<IStudentDirectory>();
        var links = services.GetRequiredService<IChatLinks>();
        var grades = services.GetRequiredService<IGradeBook>();
        var attendance = services.GetRequiredService<IAttendanceBook>();
        var conduct = services.GetRequiredService<IConductBook>();
        var board = services.GetRequiredService<INoticeBoard>();
        var leaves = services.GetRequiredService<ILeaveRequests>();
        var settings = services.GetRequiredService<IParentSettings>();
        var languages = services.GetRequiredService<Domain.Chats.IChatStore>();
        var outbox = services.GetRequiredService<IOutbox>();
        var calendar = services.GetRequiredService<SchoolCalendar>();
        var schedule = services.GetRequiredService<IOptions<ScheduleOptions>>().Value;
        var now = calendar.Now;
        foreach (var className in classes)
        {
            var batch = new List<OutboxMessage>();
            var notices = Time("notices of the class", () => board.PublishedForAsync(className, now, 50, CancellationToken.None).GetAwaiter().GetResult());
            var studying = Time("class list (InClass)", () => students.InClassAsync(className, CancellationToken.None).GetAwaiter().GetResult()).Where(s => s.IsStudying).ToList();
            var codes = studying.Select(s => s.Code).ToList();
            Students += studying.Count;
            var parents = Time("ParentsOf (parent_links, the class)", () => links.ParentsOfAsync(codes, CancellationToken.None).GetAwaiter().GetResult());
            var marks = Time("MarksOfWeek (the subjects the week touched, the class)", () => grades.MarksOfWeekAsync(codes, calendar.StartOf(week.Monday), calendar.StartOf(week.Monday.AddDays(7)), CancellationToken.None).GetAwaiter().GetResult());
            var absences = Time("AbsencesOf (the class)", () => attendance.AbsencesOfAsync(codes, CancellationToken.None).GetAwaiter().GetResult());
            var remarks = Time("RemarksOf (the class)", () => conduct.RemarksOfAsync(codes, CancellationToken.None).GetAwaiter().GetResult());
            var acknowledged = Time("AcknowledgedFor (notices read, the class)", () => board.AcknowledgedForAsync(codes, CancellationToken.None).GetAwaiter().GetResult());
            var requests = Time("leave requests (the class)", () => leaves.OfStudentsAsync(codes, CancellationToken.None).GetAwaiter().GetResult());
            var chosen = Time("parents' settings (the class)", () => settings.OfAsync(parents.SelectMany(p => p).Select(p => p.Chat), CancellationToken.None).GetAwaiter().GetResult());
            Time("parents' languages (the class)", () => languages.LanguagesAsync(parents.SelectMany(p => p).Select(p => p.Chat), CancellationToken.None).GetAwaiter().GetResult());
            foreach (var student in studying)
            {
                var reply = Time("WeekDigest.Compose + WeekView.Render", () => new Reply(Catalogue.Vietnamese.Week.SummaryTitle + "\n" + WeekView.Render(Catalogue.Vietnamese,
                    WeekDigest.Compose(student, week, calendar.Year, calendar.Zone, marks[student.Code].ToList(), absences[student.Code].ToList(),
                        remarks[student.Code].ToList(), notices, acknowledged[student.Code].ToHashSet(), requests[student.Code].ToList()), marks[student.Code].ToList())));
                foreach (var parent in parents[student.Code])
                {
                    var mine = chosen.GetValueOrDefault(parent.Chat.Key, ParentSettings.Default);
                    var notBefore = QuietHours.NextAllowed(now, mine, schedule);
                    batch.Add(OutboxMessages.Of($"probe:{week.Id}:{student.Code}:{parent.Chat.Key}", parent.Chat, reply, now, notBefore));
                }
            }
            Time("EnqueueMany (one transaction a class)", () => outbox.EnqueueManyAsync(batch, CancellationToken.None).GetAwaiter().GetResult());
        }
    }

    private T Time<T>(string step, Func<T> call)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        var result = call();
        var elapsed = Stopwatch.GetTimestamp() - start;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (_ticks.TryAdd(step, elapsed)) _order.Add(step);
        else _ticks[step] += elapsed;
        _bytes[step] = _bytes.GetValueOrDefault(step) + allocated;
        return result;
    }
}
