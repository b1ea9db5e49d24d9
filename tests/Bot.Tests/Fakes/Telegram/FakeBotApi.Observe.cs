using System.Diagnostics;
using System.Globalization;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// What the bot did. The waits read each chat forward: a wait starts after the last message an earlier
/// wait returned for that chat, so consecutive waits walk through a conversation in order.
/// </summary>
public sealed partial class FakeBotApi
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly ChatReader<SentMessage, long> _reader;

    /// <summary>Every message, document, photo and edit the bot got through, in order.</summary>
    public IReadOnlyList<SentMessage> Sent => _sent.Snapshot();

    /// <summary>Every call, served or refused, in the order they were answered.</summary>
    public IReadOnlyList<ApiCall> Calls => _calls.Snapshot();

    public IReadOnlyList<CommandsSet> Commands => _commands.Snapshot();

    public IReadOnlyList<AnsweredCallback> AnsweredCallbacks => _answered.Snapshot();

    /// <summary>Updates the bot has not confirmed yet (by a getUpdates with a greater offset).</summary>
    public int PendingUpdates => _updates.Unconfirmed;

    public IReadOnlyList<SentMessage> SentTo(long chatId) => [.. Sent.Where(m => m.ChatId == chatId)];

    /// <summary>How many calls of <paramref name="method"/> were answered with <paramref name="statusCode"/>.</summary>
    public int CountAnswers(string method, int statusCode = 200) =>
        Calls.Count(c => c.StatusCode == statusCode && c.Method.Equals(method, StringComparison.OrdinalIgnoreCase));

    /// <summary>The next message to the chat (that matches), waiting for it if need be.</summary>
    /// <exception cref="TimeoutException">Lists what the chat did get, and the calls that were refused.</exception>
    public async Task<SentMessage> WaitForMessage(long chatId, Func<SentMessage, bool>? match = null, TimeSpan? timeout = null) =>
        (await WaitForMessages(chatId, 1, match, timeout))[0];

    /// <summary>The next <paramref name="count"/> messages to the chat (that match), waiting for them if need be.</summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForMessages(long chatId, int count, Func<SentMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultWait;
        return await _reader.Next(chatId, count, match, wait) ?? throw new TimeoutException(DescribeMissing(chatId, count, match is not null, wait));
    }

    /// <summary>
    /// Waits until every update was confirmed by the bot, no call is in flight and nothing happened for
    /// <paramref name="quiet"/> (200 ms unless told), so a test can then assert that nothing more was sent.
    /// </summary>
    public Task WaitUntilIdle(TimeSpan? quiet = null, TimeSpan? timeout = null) =>
        _activity.WaitUntilIdle(() => _updates.Unconfirmed, quiet ?? TimeSpan.FromMilliseconds(200), timeout ?? DefaultWait,
            () => $"{_activity.InFlight} calls in flight, {_updates.Unconfirmed} updates not confirmed by a later getUpdates");

    /// <summary>
    /// Waits until the bot holds a long poll open. Inject updates after this when the bot starts with
    /// DropPendingUpdates, or its first getUpdates(offset: -1) forgets them, as Telegram would.
    /// </summary>
    public async Task WaitUntilPolling(TimeSpan? timeout = null)
    {
        var started = Stopwatch.GetTimestamp();
        while (_updates.Waiting == 0)
        {
            if (Stopwatch.GetElapsedTime(started) > (timeout ?? DefaultWait))
                throw new TimeoutException($"The bot is not polling: no getUpdates with a timeout is waiting. Calls so far: {Calls.Count}.");
            await Task.Delay(10);
        }
    }

    private string DescribeMissing(long chatId, int count, bool matching, TimeSpan waited)
    {
        var what = count == 1 ? "message" : $"{count} messages";
        var sent = SentTo(chatId);
        var refused = Calls.Where(c => c.StatusCode != 200 && c.Parameters["chat_id"]?.ToString() == chatId.ToString(CultureInfo.InvariantCulture));
        return $"No {what}{(matching ? " matching the condition" : "")} to chat {chatId} within {waited.TotalSeconds:0.#} s." +
            $"{Environment.NewLine}Sent to that chat: " +
            (sent.Count == 0 ? "nothing" : string.Concat(sent.Select(m => $"{Environment.NewLine}  {m}"))) +
            string.Concat(refused.Select(c => $"{Environment.NewLine}Refused: {c}")) +
            $"{Environment.NewLine}Updates not yet confirmed by the bot: {_updates.Unconfirmed}.";
    }
}
