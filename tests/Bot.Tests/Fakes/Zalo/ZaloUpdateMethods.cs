using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>getUpdates (long polling) and the webhook methods that rule it out while a webhook is set.</summary>
internal sealed class ZaloUpdateMethods(ZaloUpdateQueue queue, ZaloWebhook webhook, CancellationToken stopping)
{
    /// <summary>What a getUpdates without a timeout waits; an assumption, the docs give none.</summary>
    public static readonly TimeSpan DefaultPollTimeout = TimeSpan.FromSeconds(30);

    public void AddTo(ZaloMethodTable table)
    {
        table.Add("getUpdates", GetUpdates);
        table.Add("setWebhook", SetWebhook);
        table.Add("deleteWebhook", _ => Set("", ""));
        table.Add("getWebhookInfo", _ => ZaloApiResult.Ok(Info()));
    }

    private async Task<ZaloApiResult> GetUpdates(ZaloApiRequest request, CancellationToken cancellationToken)
    {
        if (webhook.Url.Length > 0) return ZaloApiResult.WebhookActive;
        var timeout = request.Number("timeout") is { } seconds ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : DefaultPollTimeout;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            return await queue.Take(timeout, linked.Token) is { } update ? ZaloApiResult.Ok(update) : ZaloApiResult.PollTimeout;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The fake is shutting down: end the poll the way a timeout would rather than hold Kestrel's shutdown.
            return ZaloApiResult.PollTimeout;
        }
    }

    private ZaloApiResult SetWebhook(ZaloApiRequest request)
    {
        var url = request.String("url");
        var secret = request.String("secret_token") ?? "";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return ZaloApiResult.BadRequest("url must be an absolute https URL");
        if (secret.Length is < 8 or > 256)
            return ZaloApiResult.BadRequest("secret_token must be 8 to 256 characters long");
        return Set(url!, secret);
    }

    private ZaloApiResult Set(string url, string secret)
    {
        webhook.Set(url, secret);
        return ZaloApiResult.Ok(Info());
    }

    private JsonObject Info() => new() { ["url"] = webhook.Url, ["updated_at"] = webhook.UpdatedAt };
}
