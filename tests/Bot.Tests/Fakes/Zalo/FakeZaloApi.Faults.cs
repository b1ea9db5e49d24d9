namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>Failures on demand, served in the order they were asked for, one call each.</summary>
public sealed partial class FakeZaloApi
{
    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> answer 429.</summary>
    public void RespondTooManyRequests(string method, int times) => _faults.Add(method, times, () => ZaloApiResult.TooManyRequests);

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> answer 500.</summary>
    public void FailWithServerError(string method, int times) => _faults.Add(method, times, () => ZaloApiResult.ServerError);

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> answer 502 with a description naming
    /// the URL called, token and all, as the error page of a proxy in front of the platform may do.
    /// </summary>
    public void FailNamingTheUrl(string method, int times) =>
        _faults.Add(method, times, () => ZaloApiResult.Error(502, $"Bad Gateway: upstream failed for POST /bot{Token}/{method}"));

    /// <summary>From now on every send to the chat (sendMessage, sendPhoto, sendChatAction) answers 403.</summary>
    public void ForbidChat(string chatId) => _faults.Forbid(chatId);
}
