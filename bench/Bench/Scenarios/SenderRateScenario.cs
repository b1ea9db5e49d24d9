using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoLienLac.Bench.Delivery;
using SoLienLac.Bench.Harness;
using SoLienLac.Bench.Stores;
using SoLienLac.Bot.Cli;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Bot.Hosting;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bench.Scenarios;

/// <summary>
/// The outbox sender of the running bot host, talking HTTP through Telegram.Bot to a fake Bot API
/// that allows 30 messages in any rolling second: 4,000 messages to distinct chats are queued, the
/// host started, and for 120 s (<c>--seconds</c>) from the first arrival the fake counts what it
/// accepted and refused. Target: at least 95 % of Delivery:MessagesPerSecond (<c>--rate</c>, 30) and no 429.
/// The fake's limit is <c>--limit</c> (30); enough messages are queued for the whole measurement at the
/// rate; <c>--store postgres</c> keeps the outbox in a fresh database of the bench's PostgreSQL cluster.
/// </summary>
internal static class SenderRateScenario
{
    public const string Name = "sender-rate";

    private const int MinimumMessages = 4_000;
    private const int ServerLimit = 30;
    private const double TargetShare = 0.95;
    private const long FirstChatId = 500_000_001;

    public static async Task RunAsync(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report.Heading(Name);
        var seconds = arguments.Seconds ?? 120;
        var rate = arguments.Rate ?? ServerLimit;
        var limit = arguments.Limit ?? ServerLimit;
        // The whole measurement at the rate, and half a minute more for the start.
        var messages = Math.Max(MinimumMessages, rate * (seconds + 30));
        using var scratch = new ScratchDirectory();
        var store = StoreAt.New(arguments.Store, arguments.Database, "outbox", scratch);
        Report.Fact("store", store.ToString());
        await using var api = await RateLimitedBotApi.StartAsync(limit);
        var settings = store.Settings();
        settings["Telegram:BotToken"] = RateLimitedBotApi.Token;
        settings["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString();
        settings["Delivery:MessagesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture);
        settings["Logging:LogLevel:Default"] = "Warning";
        using var host = SchoolHost.BuildService(settings, new Terminal(TextReader.Null, TextWriter.Null, TextWriter.Null, ShowsProgress: false), chatOnly: false);

        var outbox = host.Services.GetRequiredService<IOutbox>();
        var now = DateTimeOffset.UtcNow;
        var queued = outbox.EnqueueManyAsync(Enumerable.Range(0, messages).Select(i => Message(i, now)).ToList(), CancellationToken.None).GetAwaiter().GetResult();
        Report.Fact("fake Bot API", $"{api.BaseUrl}, at most {limit} sendMessage in any rolling second");
        Report.Fact("bot host", $"Delivery:MessagesPerSecond = {rate}; {queued} messages queued to distinct chats");

        await host.StartAsync();
        var from = await FirstArrivalAsync(api.Sends);
        var to = from + (seconds * Stopwatch.Frequency);
        for (var elapsed = 0; elapsed < seconds; elapsed += 30)
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, seconds - elapsed)));
            var (accepted, refused) = api.Sends.Counts;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  after {Math.Min(elapsed + 30, seconds)} s: {accepted} accepted, {refused} refused (429)"));
        }
        await host.StopAsync();

        var log = api.Sends.Between(from, to);
        var target = TargetShare * rate;
        Report.Fact($"sent rate over {log.Seconds:0} s", $"{log.PerSecond:0.00}/s ({log.Accepted.Count} accepted)  target >= {target:0.0}/s (95 % of {rate}): {(log.PerSecond >= target ? "met" : "MISSED")}");
        Report.Fact("429 answers in that time", $"{log.Refused.Count}  target 0: {(log.Refused.Count == 0 ? "met" : "MISSED")}");
        if (log.Refused.Count > 0)
            Report.Fact("  at (s from the first message)", string.Join(", ", log.RefusedAt.Take(12).Select(s => s.ToString("0.00", CultureInfo.InvariantCulture))) + (log.Refused.Count > 12 ? ", …" : ""));
        var slices = log.SliceRates(10);
        Report.Fact("rate in 10-second slices", $"lowest {slices.Min:0.0}/s, median {slices.Median:0.0}/s, highest {slices.Max:0.0}/s ({slices.Count} slices)");
        var spacing = log.Spacing;
        Report.Fact("spacing between accepted messages", $"p50 {spacing.Median:0.00} ms, p99 {spacing.P99:0.00} ms, min {spacing.Min:0.00} ms, max {spacing.Max:0.00} ms (configured {1000.0 / rate:0.00} ms)");
        var counts = outbox.CountsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Report.Fact("outbox at the end", string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
        await SenderSteps.ReportAsync(host.Services);
    }

    private static OutboxMessage Message(int i, DateTimeOffset now)
    {
        var chat = new ChatAddress("telegram", (FirstChatId + i).ToString(CultureInfo.InvariantCulture));
        var text = $"📬 Tóm tắt tuần của sổ liên lạc — tin thử số {i + 1} của bench";
        return OutboxMessages.Of($"bench:{i:D5}:{chat.Key}", chat, new Reply(text), now, now);
    }

    private static async Task<long> FirstArrivalAsync(SendLimiter sends)
    {
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < TimeSpan.FromSeconds(30))
        {
            if (sends.First is { } first) return first;
            await Task.Delay(10);
        }
        throw new InvalidOperationException("the bot sent nothing to the fake Bot API in 30 s");
    }
}
