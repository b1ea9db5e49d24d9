using Telegram.Bot.Types;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>getUpdates (long polling) and the webhook methods that rule it out while a webhook is set.</summary>
internal sealed class UpdateMethods(UpdateQueue queue, CancellationToken stopping)
{
    private readonly Lock _gate = new();
    private string _webhookUrl = "";

    public void AddTo(MethodTable table)
    {
        table.Add("getUpdates", GetUpdates);
        table.Add("setWebhook", request => SetWebhook(request.String("url") ?? "", request.Bool("drop_pending_updates")));
        table.Add("deleteWebhook", request => SetWebhook("", request.Bool("drop_pending_updates")));
        table.Add("getWebhookInfo", _ => BotApiResult.Ok(new WebhookInfo { Url = WebhookUrl, PendingUpdateCount = queue.Unconfirmed }));
    }

    private string WebhookUrl
    {
        get { lock (_gate) return _webhookUrl; }
    }

    private async Task<BotApiResult> GetUpdates(BotApiRequest request, CancellationToken cancellationToken)
    {
        if (WebhookUrl.Length > 0)
            return BotApiResult.Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        var limit = (int)Math.Clamp(request.Long("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, request.Long("timeout") ?? 0));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
        try
        {
            var updates = await queue.Take(request.Long("offset"), limit, timeout, linked.Token);
            return BotApiResult.Ok(updates.ToArray());
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The fake is shutting down: end the poll the way a timeout would rather than hold Kestrel's shutdown.
            return BotApiResult.Ok(Array.Empty<Update>());
        }
    }

    private BotApiResult SetWebhook(string url, bool dropPendingUpdates)
    {
        lock (_gate) _webhookUrl = url;
        if (dropPendingUpdates) queue.DropAll();
        return BotApiResult.Ok(true);
    }
}
