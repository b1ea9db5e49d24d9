using System.Diagnostics;
using System.Globalization;
using SoLienLac.Bench.Conversations;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Conversations;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Conversations.Privacy;
using SoLienLac.Bot.Conversations.Texts;
using SoLienLac.Domain.Privacy;
using SoLienLac.Bot.School;
using SoLienLac.Storage.LiteDb;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Grades;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// One parent's question from the incoming message to the replies, in-process:
/// <see cref="ConversationEngine.HandleAsync"/> of the serving host over the 100,000-student store,
/// for a mix of questions from random linked chats, on one task and then on two; beside it each
/// question alone and the raw LiteDB reads. Every answer is checked. Target: 2,000 questions a
/// second on 2 cores, p99 under 20 ms. On PostgreSQL (<c>--store postgres</c>) also two serving
/// hosts on the one database, a task each: two bot processes' service providers in one process.
/// </summary>
internal static class QueryScenario
{
    public const string Name = "query";

    private const int Parents = 1_000;
    private const int Messages = 25_000;
    private const double TargetPerSecond = 2_000;
    private const double TargetP99Ms = 20;

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        using var scratch = new ScratchDirectory();
        // A kept store (--db) is copied: the links go into the copy, and the store stays as built.
        await RunAsync(arguments, BigStore.PrepareAt(arguments, scratch), onCopy: arguments.Database is not null);
    }

    /// <summary>The same on a store prepared elsewhere (the province); <paramref name="onCopy"/>: the links go into a copy, dropped after.</summary>
    public static async Task RunAsync(BenchArguments arguments, StoreAt store, bool onCopy)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(store);
        var start = Stopwatch.GetTimestamp();
        using var service = onCopy ? OpenStore.ServingCopyOf(store) : OpenStore.Serving(store);
        Report.Fact("serving host (chat only) opened", $"{(onCopy ? "on a copy" : "on the store")} in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");

        var students = service.Get<IStudentDirectory>();
        var consentText = service.Get<ConsentText>();
        var links = ParentChats.Link(service.Get<IChatLinks>(), students, Parents, seed: 2026, service.Get<SchoolCalendar>().Now,
            (service.Get<IConsents>(), chat => consentText.For(Catalogue.Vietnamese, chat).Version));
        var chats = links.Select(l => l.Chat).ToList();
        var answers = await LearntAsync(new Answers(service.Get<ConversationEngine>()), chats);
        Report.Fact("parents' chats linked (one child each)", $"{links.Count} of {students.CountStudentsAsync(CancellationToken.None).GetAwaiter().GetResult()} students; every question's answer learnt one at a time");

        var rounds = arguments.Runs ?? 5;
        var mix = ParentMessages.Random(chats, ParentMessages.Mix, Messages, seed: 7);
        var lite = store.IsLiteDb ? service.Get<SchoolDatabase>() : null;
        var reads = new CheckedReads(lite?.Collection(Collections.Grades), service.Get<IGradeBook>());
        var random = new Random(13);
        var codes = mix.Select(_ => links[random.Next(links.Count)].Student).ToList();
        var run = new CheckedRuns(rounds, () => answers.Problems + reads.Wrong);

        await run.RateAsync("HandleAsync, the mix, 1 task", mix, answers.AskAsync, tasks: 1, TargetPerSecond, TargetP99Ms);
        foreach (var text in ParentMessages.Mix)
            await run.RateAsync($"HandleAsync, only «{text}», 1 task", ParentMessages.Random(chats, [text], Messages / 4, seed: 11), answers.AskAsync, tasks: 1);
        if (lite is not null) await run.RateAsync("LiteDB FindById (grades), 1 task", codes, reads.FindByIdAsync, tasks: 1);
        await run.RateAsync("IGradeBook.MarksOf(code) (year), 1 task", codes, reads.MarksOfAsync, tasks: 1);
        // Two tasks last: LiteDB 5's page cache can break under concurrent reads, and stay broken (see docs/benchmarks.md).
        await run.RateAsync("HandleAsync, the mix, 2 tasks", mix, answers.AskAsync, tasks: 2, TargetPerSecond, TargetP99Ms);
        if (lite is not null) await run.RateAsync("LiteDB FindById (grades), 2 tasks", codes, reads.FindByIdAsync, tasks: 2);
        await run.RateAsync("IGradeBook.MarksOf(code) (year), 2 tasks", codes, reads.MarksOfAsync, tasks: 2);
        if (lite is null) await TwoHostsAsync(service, chats, mix, rounds);

        Report.Fact("answers failed / wrong (should be 0 / 0)", $"{answers.Failed} / {answers.Wrong}");
        foreach (var example in answers.Examples) Report.Fact("  for example", example);
        Report.Fact("raw reads wrong or failed (should be 0)", reads.Wrong.ToString(CultureInfo.InvariantCulture));
        // Parents' questions leave the chat state as it was, so HandleAsync loads it and saves nothing.
        if (lite is not null) Report.Fact("chat states saved (should be 0)", ChatStates(lite));
    }

    /// <summary>
    /// Two serving hosts on the same database, as two bot processes would be (each its own service
    /// provider, connection pool and caches; one runtime and thread pool), a task each: task k of the
    /// measurement takes every other message, and message i goes to host i mod 2.
    /// </summary>
    private static async Task TwoHostsAsync(OpenStore first, List<ChatAddress> chats, IReadOnlyList<IncomingMessage> mix, int rounds)
    {
        using var second = OpenStore.Serving(first.Store);
        var answers = await LearntAsync(new Answers(first.Get<ConversationEngine>(), second.Get<ConversationEngine>()), chats);
        var shared = mix.Select((m, i) => (m, i % 2)).ToList();
        var run = new CheckedRuns(rounds, () => answers.Problems);
        await run.RateAsync("HandleAsync, the mix, 2 hosts × 1 task", shared, answers.AskAsync, tasks: 2, TargetPerSecond, TargetP99Ms);
        Report.Fact("two hosts: answers failed / wrong (should be 0 / 0)", $"{answers.Failed} / {answers.Wrong}");
        Report.Fact("two hosts: read cache hits / misses", $"{Counts(first)} and {Counts(second)}");

        // As the bot serves a message: inside the chat's turn (the lock across processes, and the read cache's fence).
        var turns = await LearntAsync(new Answers(first.Get<ConversationEngine>(), second.Get<ConversationEngine>())
        {
            Turns = [first.Get<IChatTurns>(), second.Get<IChatTurns>()],
        }, chats);
        var turnsRun = new CheckedRuns(rounds, () => turns.Problems);
        await turnsRun.RateAsync("HandleAsync in the chat's turn, the mix, 2 hosts × 1 task", shared, turns.AskAsync, tasks: 2, TargetPerSecond, TargetP99Ms);
        Report.Fact("in turns: answers failed / wrong (should be 0 / 0)", $"{turns.Failed} / {turns.Wrong}");

        // The same two processes without the read cache: every read a statement, as the first question of a chat is.
        var off = new Dictionary<string, string?> { ["Storage:ReadCacheEntries"] = "0" };
        using var uncachedOne = OpenStore.Serving(first.Store, off);
        using var uncachedTwo = OpenStore.Serving(first.Store, off);
        var uncached = await LearntAsync(new Answers(uncachedOne.Get<ConversationEngine>(), uncachedTwo.Get<ConversationEngine>()), chats);
        var uncachedRun = new CheckedRuns(rounds, () => uncached.Problems);
        await uncachedRun.RateAsync("HandleAsync, the mix, 2 hosts × 1 task, read cache off", shared, uncached.AskAsync, tasks: 2, TargetPerSecond, TargetP99Ms);
        Report.Fact("read cache off: answers failed / wrong (should be 0 / 0)", $"{uncached.Failed} / {uncached.Wrong}");

        await CacheMemoryAsync(first, chats.Count);
    }

    /// <summary>The answers with every question of the mix from every chat learnt, one at a time.</summary>
    private static async Task<Answers> LearntAsync(Answers answers, IReadOnlyList<ChatAddress> chats)
    {
        await answers.LearnAsync(chats.SelectMany(c => ParentMessages.Mix.Select(t => ParentMessages.From(c, t))));
        return answers;
    }

    private static string Counts(OpenStore host)
    {
        var (hits, misses) = host.Get<Storage.PostgreSql.PostgreSqlDatabase>().Reads.Counts;
        return string.Create(CultureInfo.InvariantCulture, $"{hits:N0} / {misses:N0}");
    }

    /// <summary>What the cache holds for a child: the managed heap before and after a host read 5,000 more children's records through it.</summary>
    private static async Task CacheMemoryAsync(OpenStore host, int offset)
    {
        const int Children = 5_000;
        var codes = Enumerable.Range(offset + 1, Children).Select(Bot.Demo.DemoProfile.CodeOf).ToList();
        var (marks, absences, remarks, students) = (host.Get<IGradeBook>(), host.Get<Domain.Attendance.IAttendanceBook>(),
            host.Get<Domain.Conduct.IConductBook>(), host.Get<IStudentDirectory>());
        var before = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var code in codes)
        {
            await students.FindAsync(code, CancellationToken.None);
            await marks.MarksOfAsync(code, CancellationToken.None);
            await absences.AbsencesOfAsync(code, CancellationToken.None);
            await remarks.RemarksOfAsync(code, CancellationToken.None);
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Report.Fact("read cache: memory for a child's record, marks, absences, remarks",
            string.Create(CultureInfo.InvariantCulture, $"{(after - before) / 1024.0 / Children:0.0} KiB ({Children:N0} children: {(after - before) / 1048576.0:0.0} MiB)"));
    }

    /// <summary>After a broken page cache even counting can fail; the report says so rather than stop.</summary>
    private static string ChatStates(SchoolDatabase db)
    {
        try
        {
            return db.Collection(Collections.Chats).Count().ToString(CultureInfo.InvariantCulture);
        }
        catch (LiteDB.LiteException e)
        {
            return $"unknown: {e.Message}";
        }
    }
}
