using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SoLienLac.Bench.Harness;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Delivery;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bench.Delivery;

/// <summary>
/// Where a sent message's time goes, after the measured sending: the sender's calls one at a time,
/// with a stopwatch around each — a lease of 50 (as the sender takes them), the outbox's
/// <see cref="IOutbox.MarkSentAsync"/> for each leased message, and the channel's send alone (HTTP
/// to the fake Bot API, to chats of its own) — so the report can say whether the store or the wire
/// bounds the rate.
/// </summary>
internal static class SenderSteps
{
    private const int Batch = 50;
    private const int Rounds = 10;
    private const long FirstChatId = 600_000_001;

    public static async Task ReportAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var outbox = services.GetRequiredService<IOutbox>();
        var (leases, marks, sends) = (new List<double>(), new List<double>(), new List<double>());
        var channel = services.GetServices<IChatChannel>().First(c => c.Name == "telegram");
        // The fake counts the last second's sends: at a thousand a second the measured run just filled it.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        for (var round = 0; round < Rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            var due = await outbox.LeaseAsync(Batch, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2), "bench-probe", CancellationToken.None);
            leases.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            foreach (var message in due)
            {
                start = Stopwatch.GetTimestamp();
                await outbox.MarkSentAsync(message.Id, DateTimeOffset.UtcNow, CancellationToken.None);
                marks.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            for (var i = 0; i < Batch; i++)
            {
                var chat = new ChatAddress("telegram", (FirstChatId + (round * Batch) + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
                start = Stopwatch.GetTimestamp();
                await channel.SendAsync(chat, new Reply("bench: the wire alone"), CancellationToken.None);
                sends.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        Report.Timing("sender's steps: lease of 50", new Samples(leases));
        Report.Timing("sender's steps: MarkSent, one message", new Samples(marks));
        Report.Timing("sender's steps: channel send (HTTP) alone", new Samples(sends));
    }
}
