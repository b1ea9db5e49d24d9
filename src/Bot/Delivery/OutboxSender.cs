using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Audit;
using SoLienLac.Domain.Chats;
using SoLienLac.Domain.Links;
using SoLienLac.Domain.Privacy;
using SoLienLac.Domain.Records;
using SoLienLac.Domain.Students;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// Drains the outbox at the channel's rate: 429 → wait what the channel says; 403 → the chat is
/// blocked, its links end and nothing more goes to it; 5xx or network → retry with backoff. A
/// message is marked sent only after the channel confirmed it; one taken when the process died is
/// taken again as soon as the process is known to have stopped (<see cref="InstanceHeartbeat"/>), or
/// once its lease runs out — at most one duplicate per crash, never a lost message.
/// </summary>
public sealed class OutboxSender(IOutbox outbox, Instance instance, SenderElection election, OutboxSignal signal, RateGates gates, IChatLinks links, IConsents consents, Conversations.Privacy.AccessRecorder access, IServiceProvider services,
    IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>How many leased messages a check of links may run ahead of the send, so the store's reads overlap the sending.</summary>
    /// <summary>
    /// How many messages are checked together (their chats' links and consents in one read each): the
    /// next window is read while this one's last <see cref="ReadAheadFrom"/> messages are sent, so a
    /// check is never older than about forty messages' sending.
    /// </summary>
    private const int CheckWindow = 32;

    /// <summary>How many messages before a window's end the next window's check is begun.</summary>
    private const int ReadAheadFrom = 8;

    /// <summary>Messages leased at a time: half a second's worth at the configured rate, at least 50 and at most 500.</summary>
    private int BatchSize => (int)Math.Clamp(options.Value.MessagesPerSecond / 2, 50, 500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Task<IReadOnlyList<OutboxMessage>>? next = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Another process sends for these tokens: wait to be elected (the election wakes us).
                if (!election.IsSender)
                {
                    if (next is not null) await outbox.ReleaseAsync([.. (await next).Select(m => m.Id)], CancellationToken.None);
                    next = null;
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                    continue;
                }
                var leasing = next ?? LeaseAsync(stoppingToken);
                next = null;
                var due = await leasing;
                if (due.Count == 0)
                {
                    _givenBackFirst.Clear();
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                    continue;
                }
                // A full batch means more are waiting: the next lease is taken while this one is sent (on
                // a thread of its own: an embedded store does its work before its task returns).
                if (due.Count == BatchSize) next = Task.Run(() => LeaseAsync(stoppingToken), stoppingToken);
                await SendAsync(due, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The outbox sender failed; trying again shortly");
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Sends what is due now, one lease's worth; returns how many messages it handled.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var due = await LeaseAsync(cancellationToken);
        await SendAsync(due, cancellationToken);
        return due.Count;
    }

    private Task<IReadOnlyList<OutboxMessage>> LeaseAsync(CancellationToken cancellationToken) =>
        outbox.LeaseAsync(BatchSize, clock.GetUtcNow(), options.Value.Lease, instance.Name, cancellationToken);

    /// <summary>
    /// A chat's first message given back to the queue (not its turn yet), by chat: until it has gone,
    /// the chat's later messages go back too — even those leased before it was given back, as the
    /// next lease is taken while a batch is sent — so a chat's messages keep their order. A record is
    /// forgotten after <see cref="GivenBackFor"/>, should its message have left the queue another way
    /// (withdrawn, replaced by a newer one).
    /// </summary>
    private readonly Dictionary<string, (string Id, long At)> _givenBackFirst = new(StringComparer.Ordinal);

    private static readonly TimeSpan GivenBackFor = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Sends the leased messages in their order, one at a time under the channel's gate. A message is
    /// marked sent before the next one goes (its mark overlaps the wait for the next slot), so a kill
    /// sends at most the one in flight twice. Those whose turn has not come go back to the queue
    /// together at the end of the batch.
    /// </summary>
    private async Task SendAsync(IReadOnlyList<OutboxMessage> due, CancellationToken cancellationToken)
    {
        var checks = new Task<bool[]>?[(due.Count + CheckWindow - 1) / CheckWindow];
        var givenBack = new List<string>();
        var marking = Task.CompletedTask;
        var sent = 0;
        var shortestWait = TimeSpan.MaxValue;
        try
        {
            for (var i = 0; i < due.Count; i++)
            {
                var window = i / CheckWindow;
                checks[window] ??= StillForAhead(due, window, cancellationToken);
                // The next window is read near the end of this one, while its last messages go: a check is never
                // more than about forty messages old (a second and a half at 25 a second).
                if (i % CheckWindow == CheckWindow - ReadAheadFrom && window + 1 < checks.Length) checks[window + 1] ??= StillForAhead(due, window + 1, cancellationToken);
                var message = due[i];
                var waitingFirst = _givenBackFirst.TryGetValue(message.Chat.Key, out var first)
                    && Stopwatch.GetElapsedTime(first.At) < GivenBackFor && first.Id != message.Id ? first.Id : null;
                if (waitingFirst is null) _givenBackFirst.Remove(message.Chat.Key);
                if (!(await checks[window]!)[i % CheckWindow])
                {
                    await outbox.CloseAsync(message.Id, OutboxStatus.Withdrawn, "liên kết đã kết thúc", CancellationToken.None);
                    continue;
                }
                var gate = gates.For(message.Chat.Channel);
                var wait = gate.ChatWait(message.Chat) is var chatWait && chatWait > gate.PausedFor ? chatWait : gate.PausedFor;
                if (wait > TimeSpan.Zero || waitingFirst is not null)
                {
                    // Not yet this chat's turn, or its channel asked to wait: back in the queue, so other
                    // chats — and other channels — are not held up behind it.
                    givenBack.Add(message.Id);
                    _givenBackFirst.TryAdd(message.Chat.Key, (message.Id, Stopwatch.GetTimestamp()));
                    if (wait > TimeSpan.Zero && wait < shortestWait) shortestWait = wait;
                    continue;
                }
                await gate.TakeSlotAsync(message.Chat, cancellationToken);
                if (!election.IsSender)
                {
                    // The lease passed to another process while this batch was sent: what is left goes back, unsent.
                    givenBack.AddRange(due.Skip(i).Select(m => m.Id));
                    break;
                }
                // Its lease ran out while the batches before it were sent (a starved machine): the next lease —
                // ours, taken ahead, or another process's — has it now and sends it. Sending it here too would
                // send it twice; it is not given back either, as it is no longer ours.
                if (message.LeaseUntil is { } until && until <= clock.GetUtcNow()) continue;
                await marking;
                marking = await SendOneAsync(message, cancellationToken);
                sent++;
            }
        }
        finally
        {
            await marking;
            await outbox.ReleaseAsync(givenBack, CancellationToken.None);
        }
        if (sent == 0 && shortestWait != TimeSpan.MaxValue) await Task.Delay(shortestWait, cancellationToken);
    }

    /// <summary>A chat that blocked the bot keeps no link, as a parent or a teacher: ended in one save, audited, and nothing left pending for it.</summary>
    private async Task EndLinksOfBlockedAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet();
        var actor = new Actor(chat.Key, chat.Channel, "đã chặn bot");
        var now = clock.GetUtcNow();
        LinkEndings.End(changes, await links.ChildrenOfAsync(chat, cancellationToken), actor, now);
        if (await links.StaffOfAsync(chat, cancellationToken) is { } staff) LinkEndings.End(changes, [staff], actor, now);
        await services.GetRequiredService<ISchoolRecords>().SaveAsync(changes, cancellationToken);
        await outbox.WithdrawPendingAsync(chat, null, CancellationToken.None);
    }

    /// <summary>
    /// A message the bot sends on its own, with buttons, to a channel that shows none: its choices get
    /// letters of their own, never the numbers of the conversation the person may be answering. A reply
    /// held back from a conversation (429) keeps the numbers it was given.
    /// </summary>
    private async Task<Reply> WithKeysAsync(OutboxMessage message, IChatChannel channel, CancellationToken cancellationToken)
    {
        var reply = message.ReplyOf();
        if (channel.Capabilities.ShowsButtons || reply.Buttons.Count == 0 || reply.ChoiceKeys.Count > 0) return reply;
        var choices = reply.Buttons.SelectMany(row => row).Select(b => (b.Label, b.Command)).ToList();
        var keys = await services.GetRequiredService<IStandingChoices>().OfferAsync(message.Chat, choices, clock.GetUtcNow(), cancellationToken);
        return reply with { ChoiceKeys = keys };
    }

    /// <summary>The check of a message a few places ahead of the send, on a thread of its own so a store busy writing does not hold the send up.</summary>
    private Task<bool[]> StillForAhead(IReadOnlyList<OutboxMessage> due, int window, CancellationToken cancellationToken)
    {
        var messages = due.Skip(window * CheckWindow).Take(CheckWindow).ToList();
        return messages.All(m => m.For is null)
            ? Task.FromResult(Enumerable.Repeat(true, messages.Count).ToArray())
            : Task.Run(() => StillForAsync(messages, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Whether each chat still has the link its message was written for — nothing reaches a chat after
    /// /roi or a revocation — and, for a child's records, its parent's consent: nothing about a child
    /// goes to a chat that has not agreed, or declined or withdrew since. The parents' links and
    /// consents of a window are read in one go each (two round trips for the window, not two a message).
    /// </summary>
    private async Task<bool[]> StillForAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var parents = messages.Where(m => m.For is { IsTeacher: false }).Select(m => m.Chat).ToList();
        ILookup<string, ParentLink>? children = null;
        IReadOnlyDictionary<string, Consent>? consented = null;
        if (parents.Count > 0)
        {
            // Both reads side by side, both awaited before anything else can fail.
            var reading = (links.ChildrenOfAsync(parents, cancellationToken), consents.LatestAsync(parents, cancellationToken));
            await Task.WhenAll(reading.Item1, reading.Item2);
            (children, consented) = (await reading.Item1, await reading.Item2);
        }
        var verdicts = new bool[messages.Count];
        for (var k = 0; k < messages.Count; k++)
        {
            var message = messages[k];
            verdicts[k] = message.For switch
            {
                null => true,
                { IsTeacher: true } teacher => (await links.StaffOfAsync(message.Chat, cancellationToken))?.TeacherCode == teacher.Code,
                { } student => children![message.Chat.Key].Any(l => l.Student.Value == student.Code)
                    && consented!.TryGetValue(message.Chat.Key, out var consent) && consent.AllowsMessages,
            };
        }
        return verdicts;
    }

    /// <summary>Sends one message; on success returns its mark on its way to the store (awaited before the next send).</summary>
    private async Task<Task> SendOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var channel = services.GetServices<IChatChannel>().FirstOrDefault(c => c.Name == message.Chat.Channel);
        var gate = gates.For(message.Chat.Channel);
        try
        {
            if (channel is null) throw new DeliveryException(DeliveryFailure.Transient, $"channel {message.Chat.Channel} is not running");
            try
            {
                await channel.SendAsync(message.Chat, await WithKeysAsync(message, channel, cancellationToken), cancellationToken);
            }
            finally
            {
                gate.Completed();
            }
            // A family sent a child's records: in the access log, as what was sent (weekly, score, absence, notice…).
            if (message.For is { IsTeacher: false } child && StudentCode.TryParse(child.Code, out var student))
                access.Saw(student, message.Chat.Key, "", AccessRole.Delivery, message.Chat.Channel, message.Id.Split(':')[0]);
            return outbox.MarkSentAsync(message.Id, clock.GetUtcNow(), CancellationToken.None);
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.RateLimited)
        {
            var wait = e.RetryAfter ?? TimeSpan.FromSeconds(5);
            gate.Pause(wait);
            await outbox.RetryAsync(message.Id, clock.GetUtcNow() + wait, e.Message, CancellationToken.None);
        }
        catch (DeliveryException e) when (e.Failure == DeliveryFailure.Blocked)
        {
            logger.LogInformation("{Chat} blocked the bot: its links end", message.Chat);
            await outbox.CloseAsync(message.Id, OutboxStatus.Blocked, e.Message, CancellationToken.None);
            await EndLinksOfBlockedAsync(message.Chat, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var rejected = e is DeliveryException { Failure: DeliveryFailure.Rejected };
            if (rejected || message.Attempts >= options.Value.MaxAttempts)
            {
                logger.LogWarning(e, "Giving up on {Message} after {Attempts} attempts", message.Id, message.Attempts);
                await outbox.CloseAsync(message.Id, OutboxStatus.Failed, e.Message, CancellationToken.None);
                return Task.CompletedTask;
            }
            var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.Attempts), 3600));
            await outbox.RetryAsync(message.Id, clock.GetUtcNow() + backoff, e.Message, CancellationToken.None);
        }
        return Task.CompletedTask;
    }
}
