using System.Net;
using System.Text;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>The webhook the bot set, if any, and the delivery of updates to it as Zalo posts them.</summary>
internal sealed class ZaloWebhook(TimeProvider time)
{
    public const string SecretHeader = "X-Bot-Api-Secret-Token";

    private readonly Lock _gate = new();
    private string _url = "";
    private string _secret = "";
    private long _updatedAt;

    public string Url
    {
        get { lock (_gate) return _url; }
    }

    public long UpdatedAt
    {
        get { lock (_gate) return _updatedAt; }
    }

    public void Set(string url, string secret)
    {
        lock (_gate) (_url, _secret, _updatedAt) = (url, secret, time.GetUtcNow().ToUnixTimeMilliseconds());
    }

    public async Task<HttpStatusCode> Deliver(HttpClient http, string json, string? secretOverride, CancellationToken cancellationToken)
    {
        string url, secret;
        lock (_gate) (url, secret) = (_url, _secret);
        if (url.Length == 0) throw new InvalidOperationException("No webhook is set: the bot has not called setWebhook.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(SecretHeader, secretOverride ?? secret);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
