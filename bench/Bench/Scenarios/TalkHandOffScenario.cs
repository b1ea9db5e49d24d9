using System.Globalization;
using SoLienLac.Bench.Conversations;
using SoLienLac.Bench.Harness;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Talk;
using SoLienLac.Bot.Delivery;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;
using SoLienLac.Domain.Talk;
using SoLienLac.Domain.Teachers;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// A parent's message to the homeroom teacher, saved and handed to the outbox
/// (<see cref="TalkDesk.WriteToTeacherAsync"/>; the teacher has one linked chat), and the teacher's
/// answer to it (<see cref="TalkDesk.AnswerAsync"/>), over the demo school whose every student has one
/// linked parent chat: many calls one after the other, the families of two classes in turn; beside them
/// the store's write alone (<see cref="ITalkThreads.SendAsync"/>). Target (issue 16): a message handed
/// to the outbox in under 20 ms at the 99th percentile.
/// </summary>
internal static class TalkHandOffScenario
{
    public const string Name = "talk-handoff";

    private const double TargetP99Ms = 20;
    private const int Classes = 2;
    private const long FirstTeacherChatId = 800_000_001;
    private const string Question = "Thưa cô, cháu xin phép nghỉ học chiều nay vì bị sốt. Gia đình xin cảm ơn cô.";
    private const string Answer = "Cô đã nhận được tin. Chúc cháu mau khỏe, gia đình nhớ nộp giấy xin phép khi cháu đi học lại nhé.";

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        using var school = LinkedSchool.Build(arguments, "talk", scratch);
        var service = school.Service;
        var desk = service.Get<TalkDesk>();
        var families = await FamiliesAsync(service.Get<IStudentDirectory>(), service.Get<IChatLinks>(), desk, school.Links, service.Get<SchoolCalendar>().Now);
        Report.Fact("families writing", $"{families.Count} of {string.Join(", ", families.Select(f => f.Child.ClassName).Distinct())}, each to the homeroom teacher ({string.Join(", ", families.Select(f => f.Teacher.Code).Distinct())}, a chat each)");

        var plan = arguments.Repetitions(defaultRuns: 2_000, defaultWarmUps: 100);
        var calls = Enumerable.Range(0, plan.WarmUps + plan.Runs).Select(i => families[i % families.Count]).ToList();
        var outbox = service.Get<IOutbox>();
        var before = (await outbox.CountsAsync(CancellationToken.None)).GetValueOrDefault(OutboxStatus.Pending);
        var written = new List<(TalkMessage Message, Student Child, Teacher Teacher)>();
        var wrong = 0;
        await TimeAsync("WriteToTeacherAsync (parent's message)", plan, calls, async f =>
        {
            var sent = await desk.WriteToTeacherAsync(f.Child, f.Parent, f.Teacher, Question, CancellationToken.None);
            if (sent.Chats != 1) wrong++;
            written.Add((sent.Message, f.Child, f.Teacher));
        });
        await TimeAsync("AnswerAsync (teacher's answer)", plan, written, async w =>
        {
            if ((await desk.AnswerAsync(w.Teacher, w.Message, w.Child, Answer, CancellationToken.None)).Chats != 1) wrong++;
        });

        // The store's part alone: a message and one outbox message carrying it, in one write, as the desk hands them over.
        var threads = service.Get<ITalkThreads>();
        await TimeAsync("ITalkThreads.SendAsync alone (the write)", plan, written, w =>
        {
            var message = w.Message with { Id = Guid.NewGuid() };
            return threads.SendAsync(message, [OutboxMessages.Of($"talk:{message.Id:N}", ChatAddress.Parse(message.Chat), new Reply(message.Text), message.At, message.DeliverAt)], CancellationToken.None);
        });

        var pending = (await outbox.CountsAsync(CancellationToken.None)).GetValueOrDefault(OutboxStatus.Pending) - before;
        Report.Fact("calls not queuing one message (should be 0)", wrong == 0 ? "0" : $"INVALID: {wrong}");
        Report.Fact("outbox: pending messages added", string.Create(CultureInfo.InvariantCulture,
            $"{pending} (should be 3 × {calls.Count} = {3 * calls.Count}: messages, answers, writes alone){(pending != 3 * calls.Count ? "  INVALID" : "")}"));
    }

    /// <summary>The studying children of the first classes, each with their family's chat and their homeroom teacher, who is given a chat.</summary>
    private static async Task<List<(Student Child, ChatAddress Parent, Teacher Teacher)>> FamiliesAsync(IStudentDirectory students, IChatLinks links,
        TalkDesk desk, IReadOnlyList<ParentLink> parents, DateTimeOffset now)
    {
        var chatOf = parents.ToDictionary(l => l.Student, l => l.Chat);
        var families = new List<(Student, ChatAddress, Teacher)>();
        foreach (var className in (await students.ClassesAsync(CancellationToken.None)).Take(Classes))
        {
            var children = (await students.InClassAsync(className, CancellationToken.None)).Where(s => s.IsStudying).ToList();
            var teacher = await desk.TeacherOfAsync(children[0], null, CancellationToken.None) ?? throw new InvalidOperationException($"{className} has no homeroom teacher");
            var chat = new ChatAddress("telegram", (FirstTeacherChatId + families.Count).ToString(CultureInfo.InvariantCulture));
            await links.SaveAsync(new StaffLink(chat, teacher.Code, now), CancellationToken.None);
            families.AddRange(children.Select(c => (c, chatOf[c.Code], teacher)));
        }
        return families;
    }

    /// <summary>The first calls warm up; the rest are timed one by one, on one task.</summary>
    private static async Task TimeAsync<T>(string what, Repetitions plan, IReadOnlyList<T> inputs, Func<T, Task> call)
    {
        var watch = new ResourceWatch();
        var result = await ConcurrentThroughput.MeasureAsync(inputs, call, tasks: 1, plan.WarmUps, rounds: 1);
        Report.Percentiles(what, result.LatencyMs, (0.99, TargetP99Ms));
        Report.Fact("", $"{result.PerSecond.Median:0} calls a second; {watch.Since(inputs.Count)}");
    }
}
