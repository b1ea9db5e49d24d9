using System.Diagnostics;
using System.Globalization;
using SoLienLac.Bench.Delivery;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.School;
using SoLienLac.Domain.Attendance;
using SoLienLac.Domain.Calendar;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bench.Province;

/// <summary>
/// The week's summaries of the whole province, composed and sent by two real bot processes on one
/// PostgreSQL database, as a deployment would run them. Every student gets an excused absence on this
/// week's Monday morning (so every family linked to a studying child is due a summary); the
/// weekly job's cron is set to fire once, a little after both processes have started, and clustered
/// Quartz runs it on one of them. The sender — one process, elected by <c>Delivery:SenderLease</c> —
/// sends into the fake Bot API at <c>Delivery:MessagesPerSecond</c>; mid fan-out the process holding
/// the lease is killed (SIGKILL) and the other takes over. Every other setting is the deployment's
/// default (leases, heartbeats, poll interval); quiet hours are switched off so the bench runs at any
/// hour. From the fake's log: every due message delivered, and how many twice.
/// </summary>
internal sealed class FanOut
{
    /// <summary>From the bench's start of the processes to the job's firing: their start-up, with room.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(45);

    /// <summary>No new delivery for this long and the fan-out is taken to be over (a dead process's batch comes back after 30 s).</summary>
    private static readonly TimeSpan NoProgress = TimeSpan.FromSeconds(120);

    private readonly List<BotService> _bots = [];
    private readonly List<(string Bot, double Cpu, long Peak)> _usage = [];

    private readonly CpuMeter _cpu;

    private FanOut(string clusterFolder) => _cpu = new CpuMeter(clusterFolder);

    public static async Task RunAsync(StoreAt province, string clusterFolder, int rate, int limit, int kills)
    {
        ArgumentNullException.ThrowIfNull(province);
        await new FanOut(clusterFolder).RunCoreAsync(province, rate, limit, kills);
    }

    private async Task RunCoreAsync(StoreAt province, int rate, int limit, int kills)
    {
        var start = Stopwatch.GetTimestamp();
        using var copy = province.Copy();
        var run = copy.Store;
        Report.Fact("copy of the province for the run", $"{run.Name} in {Stopwatch.GetElapsedTime(start).TotalSeconds:0} s");
        var (year, week, zone, students) = AddThisWeeksAbsences(run);
        Report.Fact("week summarised", $"{week} ({week.Monday:yyyy-MM-dd} – {week.Sunday:yyyy-MM-dd}), school year {year}");

        await using var api = await RateLimitedBotApi.StartAsync(limit);
        using var sql = new StoreSql(ConnectionStringOf(run));
        var fireAt = DateTimeOffset.UtcNow + Lead;
        var local = TimeZoneInfo.ConvertTime(fireAt, zone);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{local.Second} {local.Minute} {local.Hour} {local.Day} {local.Month} ? {local.Year}");
        var settings = run.Settings();
        settings["Telegram:BotToken"] = RateLimitedBotApi.Token;
        settings["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString();
        settings["Telegram:PollingTimeoutSeconds"] = "5";
        settings["School:Year"] = year.Name;
        settings["Schedule:WeeklySummaryCron"] = cron;
        settings["Schedule:QuietFrom"] = "00:00";
        settings["Schedule:QuietUntil"] = "00:00";
        settings["Delivery:MessagesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture);
        settings["Logging:LogLevel:Default"] = "Warning";
        settings["Logging:LogLevel:SoLienLac.Bot.Scheduling.WeeklySummaryJob"] = "Information";
        settings["Logging:LogLevel:SoLienLac.Bot.Delivery.SenderElection"] = "Information";
        Report.Fact("fake Bot API", $"{api.BaseUrl}, at most {limit} sendMessage in any rolling second");
        Report.Fact("bot processes", $"2 × `dotnet SoLienLac.Bot.dll run`, Delivery:MessagesPerSecond = {rate}, weekly cron \"{cron}\" (once, {Lead.TotalSeconds:0} s after start)");

        var wallStart = Stopwatch.GetTimestamp();
        try
        {
            _bots.Add(BotService.Start("bot-a", settings));
            _bots.Add(BotService.Start("bot-b", settings));
            var timeline = new List<(double Seconds, long Queued, int Delivered)>();
            var weekId = week.Id;
            var (composedAt, composedBy) = ((DateTimeOffset?)null, "");
            var killsDone = new List<Kill>();
            long queued = 0;
            Reading? composing = null, composed = null;
            var sentWhenComposed = 0;
            var (lastDelivered, lastProgress) = (0, Stopwatch.GetTimestamp());
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                var delivered = api.Delivered.Count;
                if (delivered != lastDelivered) (lastDelivered, lastProgress) = (delivered, Stopwatch.GetTimestamp());
                if (composedAt is null || timeline.Count % 5 == 0) queued = sql.Weekly(weekId).Values.Sum();
                if (composing is null && queued > 0) composing = _cpu.Take(_bots);
                timeline.Add((Stopwatch.GetElapsedTime(wallStart).TotalSeconds, queued, delivered));
                if (timeline.Count % 10 == 0)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  after {timeline[^1].Seconds:0} s: {queued} queued, {delivered} sent to the fake, {api.Sends.Counts.Refused} refused (429)"));
                if (_bots.Where(b => !killsDone.Any(k => k.Bot == b.Name)).FirstOrDefault(b => b.HasExited) is { } died)
                    throw new InvalidOperationException($"{died.Name} ended by itself: {string.Join('\n', died.Lines.TakeLast(30).Select(l => l.Line))}");
                var fired = composedAt is null ? _bots.SelectMany(b => b.LinesContaining("Weekly summary fired").Select(l => (l.At, b.Name))).ToList() : [];
                if (fired.Count > 0)
                {
                    (composedAt, composedBy) = fired[0];
                    (composed, sentWhenComposed) = (_cpu.Take(_bots), api.Delivered.Count);
                    queued = sql.Weekly(weekId).Values.Sum();
                    Console.WriteLine($"  the weekly job ended on {composedBy}: {queued} summaries queued");
                }
                if (composedAt is not null && killsDone.Count < kills && delivered >= queued * (0.4 + (0.4 * killsDone.Count / kills)))
                    killsDone.Add(await KillSenderAsync(sql, api, settings, killsDone.Count + 1, kills));
                var everyone = composedAt is not null && delivered >= queued && sql.Weekly(weekId).GetValueOrDefault("Pending") == 0;
                if (everyone || Stopwatch.GetElapsedTime(lastProgress) > NoProgress) break;
                if (composedAt is null && Stopwatch.GetElapsedTime(wallStart) > TimeSpan.FromMinutes(20))
                    throw new InvalidOperationException("the weekly job did not end within 20 minutes");
            }
            await Task.Delay(TimeSpan.FromSeconds(3));
            foreach (var bot in _bots.Where(b => !b.HasExited)) Record(bot);
            var end = _cpu.Take(_bots);
            foreach (var bot in _bots) bot.Stop(TimeSpan.FromSeconds(15));

            Results(sql, api, weekId, students, composedAt, composedBy, killsDone);
            if (composing is not null && composed is not null)
            {
                Report.Fact("CPU while composing (and sending)", CpuMeter.Between(composing, composed, queued, "summary composed"));
                Report.Fact("CPU while only sending", CpuMeter.Between(composed, end, api.Delivered.Count - sentWhenComposed, "message sent"));
            }
            foreach (var (bot, cpu, peak) in _usage)
                Report.Fact($"  {bot}", string.Create(CultureInfo.InvariantCulture, $"{cpu:0} s of CPU in all, peak resident memory {peak / 1024.0 / 1024.0:0} MiB"));
            Sizes(sql);
        }
        finally
        {
            foreach (var bot in _bots) bot.Dispose();
        }
    }

    private sealed record Kill(string Bot, DateTimeOffset At, long Tick, int DeliveredBefore, string? Successor);

    /// <summary>SIGKILL to whichever process holds the sender's lease now; with more kills to come, a new process takes its place.</summary>
    private async Task<Kill> KillSenderAsync(StoreSql sql, RateLimitedBotApi api, Dictionary<string, string?> settings, int number, int of)
    {
        var holder = sql.SenderHolder();
        var victim = _bots.FirstOrDefault(b => b.Name == holder && !b.HasExited)
            ?? throw new InvalidOperationException($"the sender's lease is held by \"{holder}\", not a running process of this bench");
        Record(victim);
        var before = api.Delivered.Count;
        victim.Kill();
        var (at, tick) = (DateTimeOffset.UtcNow, Stopwatch.GetTimestamp());
        Console.WriteLine($"  kill {number} of {of}: SIGKILL to {victim.Name} (the sender) after {before} messages");
        // Whoever takes the lease says so; the survivor is the one left.
        string? successor = null;
        var waited = Stopwatch.StartNew();
        while (successor is null && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200);
            successor = _bots.Where(b => b != victim && !b.HasExited)
                .FirstOrDefault(b => b.LinesContaining("is now the sender").Any(l => l.At > at))?.Name;
        }
        if (number < of) _bots.Add(BotService.Start($"bot-{(char)('a' + _bots.Count)}", settings));
        return new Kill(victim.Name, at, tick, before, successor);
    }

    private void Record(BotService bot)
    {
        _cpu.Note(bot);
        if (bot.Usage() is { } usage) _usage.Add((bot.Name, usage.CpuSeconds, usage.PeakBytes));
    }

    private static void Results(StoreSql sql, RateLimitedBotApi api, string week, int students, DateTimeOffset? composedAt, string composedBy,
        List<Kill> kills)
    {
        var statuses = sql.Weekly(week);
        var due = sql.WeeklyChats(week);
        var queued = due.Count;
        var dueSet = due.ToHashSet();
        var deliveries = api.Delivered.ToList();
        var perChat = deliveries.GroupBy(d => d.Chat).ToDictionary(g => g.Key, g => g.Count());
        var lost = dueSet.Count(c => !perChat.ContainsKey(c));
        var duplicates = perChat.Where(p => dueSet.Contains(p.Key)).Sum(p => p.Value - 1);
        var unexpected = perChat.Where(p => !dueSet.Contains(p.Key)).Sum(p => p.Value);

        Report.Fact("due summaries (one a linked guardian of a studying child)", string.Create(CultureInfo.InvariantCulture,
            $"{queued} for {sql.WeeklyStudents(week)} students ({students} in the store), {dueSet.Count} distinct chats"));
        if (composedAt is { } end && sql.ComposedFrom(week) is { } from)
        {
            var seconds = (end - from).TotalSeconds;
            var rate = queued / seconds;
            Report.Fact("compose (the weekly job, on " + composedBy + ")", string.Create(CultureInfo.InvariantCulture,
                $"{queued} summaries in {seconds:0.0} s = {rate:0}/s ({sql.WeeklyStudents(week) / seconds:0} students/s)  target >= 3000/s: {(rate >= 3_000 ? "met" : "MISSED")}"));
        }
        var ticks = deliveries.Select(d => d.At).Order().ToList();
        if (ticks.Count > 1)
        {
            double Seconds(long a, long b) => (double)(b - a) / Stopwatch.Frequency;
            var all = Seconds(ticks[0], ticks[^1]);
            Report.Fact("sent, first to last message", string.Create(CultureInfo.InvariantCulture, $"{ticks.Count} in {all:0.0} s = {ticks.Count / all:0.0}/s (the take-over's gap included)"));
            var log = api.Sends.Between(ticks[0], ticks[^1] + 1);
            var slices = log.SliceRates(10);
            Report.Fact("rate in 10-second slices", string.Create(CultureInfo.InvariantCulture, $"lowest {slices.Min:0.0}/s, median {slices.Median:0.0}/s, highest {slices.Max:0.0}/s ({slices.Count} slices)"));
            // Whole seconds from the first message in which at least one arrived: the sending, without the waits between.
            var busy = ticks.Select(t => (t - ticks[0]) / Stopwatch.Frequency).Distinct().Count();
            Report.Fact("sent, seconds with sending only", string.Create(CultureInfo.InvariantCulture,
                $"{ticks.Count} in {busy} s with at least one message = {ticks.Count / (double)busy:0.0}/s  target >= 950/s: {(ticks.Count / (double)busy >= 950 ? "met" : "MISSED")}"));
            if (kills.Count > 0)
            {
                var before = ticks.Count(t => t < kills[0].Tick);
                Report.Fact("  before the (first) kill", string.Create(CultureInfo.InvariantCulture,
                    $"{before} in {Seconds(ticks[0], kills[0].Tick):0.0} s = {before / Seconds(ticks[0], kills[0].Tick):0.0}/s"));
            }
            foreach (var (i, kill) in kills.Index())
            {
                var after = ticks.Where(t => t > kill.Tick).ToList();
                if (after.Count == 0) continue;
                // The new sender drains the queue; the batch the dead one had leased waits until it is known dead (Instance:StaleAfter).
                var gaps = after.Zip(after.Skip(1), (a, b) => (From: a, To: b)).Where(g => Seconds(g.From, g.To) > 2).ToList();
                var until = kills.ElementAtOrDefault(i + 1)?.Tick ?? ticks[^1];
                var drained = gaps.FirstOrDefault(g => g.To <= until) is { From: > 0 } gap ? gap.From : until;
                var sentBy = after.Count(t => t <= drained);
                Report.Fact($"  after kill {i + 1}: the new sender", string.Create(CultureInfo.InvariantCulture,
                    $"first message {Seconds(kill.Tick, after[0]):0.0} s after the kill, then {sentBy} in {Seconds(after[0], drained):0.0} s = {sentBy / Math.Max(Seconds(after[0], drained), 0.001):0.0}/s"));
                foreach (var (quiet, resumed) in gaps.Where(g => g.To <= until))
                    Report.Fact("    then nothing for", string.Create(CultureInfo.InvariantCulture,
                        $"{Seconds(quiet, resumed):0.0} s, until {Seconds(kill.Tick, resumed):0.0} s after the kill; {after.Count(t => t >= resumed && t <= until)} sent from then on"));
            }
            Report.Fact("429 answers", api.Sends.Counts.Refused.ToString(CultureInfo.InvariantCulture));
            foreach (var kill in kills)
            {
                var next = ticks.FirstOrDefault(t => t > kill.Tick);
                Report.Fact($"kill of {kill.Bot}", string.Create(CultureInfo.InvariantCulture,
                    $"after {kill.DeliveredBefore} sent; {kill.Successor ?? "no process"} took the lease; next message {(next == 0 ? "never" : $"{Seconds(kill.Tick, next):0.0} s")} after the kill"));
            }
        }
        Report.Fact("outbox at the end (the week's)", string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")));
        Report.Fact("lost (due, never delivered)", $"{lost}  target 0: {(lost == 0 ? "met" : "MISSED")}");
        Report.Fact("duplicates (delivered twice or more)", $"{duplicates} for {kills.Count} kill(s)  target <= {kills.Count}: {(duplicates <= kills.Count ? "met" : "MISSED")}");
        if (unexpected > 0) Report.Fact("messages to chats not due", unexpected.ToString(CultureInfo.InvariantCulture));
    }

    private static void Sizes(StoreSql sql)
    {
        var outbox = sql.Tables().FirstOrDefault(t => t.Name == "outbox");
        if (outbox is not null)
            Report.Fact("outbox after the week", string.Create(CultureInfo.InvariantCulture,
                $"{outbox.Rows} rows, {StoreSql.Mib(outbox.Bytes)} = {outbox.Bytes / (double)Math.Max(1, outbox.Rows):0} B a message with its indexes; database {StoreSql.Mib(sql.DatabaseBytes())}"));
    }

    /// <summary>An excused absence on this week's Monday morning for every student, through the ports; the week as the bot's calendar sees it.</summary>
    private static (SchoolYear Year, SchoolWeek Week, TimeZoneInfo Zone, int Students) AddThisWeeksAbsences(StoreAt run)
    {
        var start = Stopwatch.GetTimestamp();
        using var store = OpenStore.On(run);
        var calendar = store.Get<SchoolCalendar>();
        var week = SchoolWeek.Of(calendar.Today);
        var directory = store.Get<IStudentDirectory>();
        var count = directory.CountStudentsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var records = store.Get<ISchoolRecords>();
        foreach (var chunk in Enumerable.Range(1, count).Chunk(5_000))
        {
            var changes = new ChangeSet();
            changes.Absences.AddRange(chunk.Select(n => new Absence(Bot.Demo.DemoProfile.CodeOf(n), week.Monday, DaySession.Morning, Excused: true)));
            records.SaveAsync(changes, CancellationToken.None).GetAwaiter().GetResult();
        }
        Report.Fact("this week's absences added", string.Create(CultureInfo.InvariantCulture, $"{count} in {Stopwatch.GetElapsedTime(start).TotalSeconds:0} s"));
        return (calendar.Year, week, calendar.Zone, count);
    }

    private static string ConnectionStringOf(StoreAt store) => store.Settings()["Storage:ConnectionString"]!;
}
