using System.Diagnostics;
using SoLienLac.Bot.Tests.Fakes.Telegram;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>
/// What the bot did. The waits read each chat forward: a wait starts after the last message an earlier
/// wait returned for that chat, so consecutive waits walk through a conversation in order.
/// </summary>
public sealed partial class FakeZaloApi
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly ChatReader<ZaloSentMessage, string> _reader;

    /// <summary>Every text and photo the bot got through, in order.</summary>
    public IReadOnlyList<ZaloSentMessage> Sent => _sent.Snapshot();

    /// <summary>Every call, served or refused, in the order they were answered.</summary>
    public IReadOnlyList<ZaloApiCall> Calls => _calls.Snapshot();

    /// <summary>Updates queued and not yet carried out by a getUpdates.</summary>
    public int PendingUpdates => _updates.Count;

    public IReadOnlyList<ZaloSentMessage> SentTo(string chatId) => [.. Sent.Where(m => m.ChatId == chatId)];

    /// <summary>How many calls of <paramref name="method"/> got <paramref name="code"/>: 200 when served, else the error_code.</summary>
    public int CountAnswers(string method, int code = 200) =>
        Calls.Count(c => c.Code == code && c.Method.Equals(method, StringComparison.OrdinalIgnoreCase));

    /// <summary>The next message to the chat (that matches), waiting for it if need be.</summary>
    /// <exception cref="TimeoutException">Lists what the chat did get, and the calls that were refused.</exception>
    public async Task<ZaloSentMessage> WaitForMessage(string chatId, Func<ZaloSentMessage, bool>? match = null, TimeSpan? timeout = null) =>
        (await WaitForMessages(chatId, 1, match, timeout))[0];

    /// <summary>The next <paramref name="count"/> messages to the chat (that match), waiting for them if need be.</summary>
    public async Task<IReadOnlyList<ZaloSentMessage>> WaitForMessages(string chatId, int count,
        Func<ZaloSentMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultWait;
        return await _reader.Next(chatId, count, match, wait) ?? throw new TimeoutException(DescribeMissing(chatId, count, match is not null, wait));
    }

    /// <summary>
    /// Waits until no update is queued, no call is in flight (a long poll that only waits does not count) and
    /// nothing happened for <paramref name="quiet"/> (200 ms unless told), so a test can assert nothing more was sent.
    /// </summary>
    public Task WaitUntilIdle(TimeSpan? quiet = null, TimeSpan? timeout = null) =>
        _activity.WaitUntilIdle(() => _updates.Count, quiet ?? TimeSpan.FromMilliseconds(200), timeout ?? DefaultWait,
            () => $"{_activity.InFlight} calls in flight, {_updates.Count} updates not yet taken by a getUpdates");

    /// <summary>Waits until the bot holds a long poll open.</summary>
    public async Task WaitUntilPolling(TimeSpan? timeout = null)
    {
        var started = Stopwatch.GetTimestamp();
        while (_updates.Waiting == 0)
        {
            if (Stopwatch.GetElapsedTime(started) > (timeout ?? DefaultWait))
                throw new TimeoutException($"The bot is not polling: no getUpdates is waiting. Calls so far: {Calls.Count}.");
            await Task.Delay(10);
        }
    }

    private string DescribeMissing(string chatId, int count, bool matching, TimeSpan waited)
    {
        var what = count == 1 ? "message" : $"{count} messages";
        var sent = SentTo(chatId);
        var refused = Calls.Where(c => c.Code != 200 && c.ChatId == chatId);
        return $"No {what}{(matching ? " matching the condition" : "")} to chat {chatId} within {waited.TotalSeconds:0.#} s." +
            $"{Environment.NewLine}Sent to that chat: " +
            (sent.Count == 0 ? "nothing" : string.Concat(sent.Select(m => $"{Environment.NewLine}  {m}"))) +
            string.Concat(refused.Select(c => $"{Environment.NewLine}Refused: {c}")) +
            $"{Environment.NewLine}Updates not yet taken by the bot: {_updates.Count}.";
    }
}
