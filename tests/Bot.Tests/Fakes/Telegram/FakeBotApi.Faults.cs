namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>Failures on demand, served in the order they were asked for, one call each.</summary>
public sealed partial class FakeBotApi
{
    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> answer 429 with parameters.retry_after.</summary>
    /// <remarks>Telegram.Bot retries a 429 by itself (RetryCount 3, RetryThreshold 60 s) unless its options say otherwise.</remarks>
    public void RespondTooManyRequests(string method, int times, int retryAfterSeconds) =>
        _faults.Add(method, times, () => BotApiResult.TooManyRequests(retryAfterSeconds));

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> answer 500.</summary>
    public void FailWithServerError(string method, int times) =>
        _faults.Add(method, times, () => BotApiResult.ServerError);

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> answer 502 with a description naming
    /// the URL called, token and all, as the error page of a proxy in front of the Bot API may do.
    /// </summary>
    public void FailNamingTheUrl(string method, int times) =>
        _faults.Add(method, times, () => BotApiResult.Error(502, $"Bad Gateway: upstream failed for POST /bot{Token}/{method}"));

    /// <summary>
    /// From now on every send or edit to the chat hangs unanswered, as a server that stopped responding, until the
    /// bot gives up on it or the fake stops; <see cref="HeldCallsTo"/> counts them.
    /// </summary>
    public void HoldCallsTo(long chatId) => _faults.Hold(chatId);

    /// <summary>How many sends or edits to a held chat were made (and left hanging).</summary>
    public int HeldCallsTo(long chatId) => _faults.HeldCalls(chatId);

    /// <summary>From now on every send or edit to the chat answers 403 "Forbidden: bot was blocked by the user".</summary>
    public void ForbidChat(long chatId) => _faults.Block(chatId);
}
