using System.Globalization;
using SoLienLac.Bench.Conversations;
using SoLienLac.Bench.Harness;
using SoLienLac.Bot.Conversations.Polls;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Polls;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// A school-wide poll (an admin's, no class) over the demo school whose every student has one linked
/// parent chat: <see cref="PollDesk.AskAsync"/> from the call until it returns, when the poll and a
/// message for every family are committed in one transaction. Each run is a new poll; the sender does
/// not run, so the outbox grows by a school's worth a run. Target (issue 16): 2,000 families queued in
/// under a second.
/// </summary>
internal static class PollFanOutScenario
{
    public const string Name = "poll-fanout";

    private const double TargetMs = 1_000;

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        using var school = LinkedSchool.Build(arguments, "polls", scratch);
        var service = school.Service;
        var desk = service.Get<PollDesk>();
        var calendar = service.Get<SchoolCalendar>();
        var admin = (await service.Get<ITeacherDirectory>().AllAsync(CancellationToken.None)).First(t => t.IsAdmin && !t.HasLeft);
        Poll NewPoll() => new(Guid.NewGuid(), null, "Nhà trường tổ chức tham quan cuối năm cho học sinh. Gia đình có đồng ý cho con tham gia không?",
            ["Đồng ý", "Không đồng ý", "Cần trao đổi thêm"], admin.Code, calendar.Now, calendar.Now.AddDays(7));

        // Children who left are asked nothing, so their families' chats get no message.
        var asked = (await PollDesk.ChildrenOfAsync(service.Get<IStudentDirectory>(), NewPoll(), CancellationToken.None)).Select(c => c.Code).ToHashSet();
        var expected = school.Links.Count(l => asked.Contains(l.Student));
        Report.Fact("asked by", $"{admin.Code} (admin), the whole school: {asked.Count} children still studying, {expected} of the {school.Links.Count} linked chats theirs");

        var outbox = service.Get<IOutbox>();
        var before = (await outbox.CountsAsync(CancellationToken.None)).GetValueOrDefault(OutboxStatus.Pending);
        var plan = arguments.Repetitions(defaultRuns: 10);
        var queued = new List<int>();
        var watch = new ResourceWatch();
        var samples = await Measure.RepeatAsync(plan, async () => queued.Add((await desk.AskAsync(NewPoll(), admin, CancellationToken.None)).Chats));
        Report.Percentiles("AskAsync, school-wide poll (poll + outbox)", samples, (0.95, TargetMs));
        Report.Fact("", watch.Since(queued.Count).Replace("a call", "a poll", StringComparison.Ordinal));

        var pending = (await outbox.CountsAsync(CancellationToken.None)).GetValueOrDefault(OutboxStatus.Pending) - before;
        var wrong = queued.Count(q => q != expected);
        Report.Fact("messages queued a poll", $"{string.Join(", ", queued.Distinct())} (should be {expected}, one a linked chat){(wrong > 0 ? $"  INVALID: {wrong} polls queued another number" : "")}");
        Report.Fact("outbox: pending messages added", string.Create(CultureInfo.InvariantCulture,
            $"{pending} (should be {queued.Count} polls × {expected} = {queued.Count * expected}){(pending != queued.Count * expected ? "  INVALID" : "")}"));
    }
}
