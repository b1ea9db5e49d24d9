using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>What users do: each call queues one update for getUpdates and returns it.</summary>
public sealed partial class FakeZaloApi
{
    /// <param name="chatType">PRIVATE or GROUP; null leaves chat_type out.</param>
    public JsonObject SendText(string chatId, string fromId, string text, string? chatType = "PRIVATE") =>
        Queue(FakeZaloUpdates.Text(chatId, fromId, text, chatType, Now));

    public JsonObject SendImage(string chatId, string fromId, string photoUrl, string? caption = null, string chatType = "PRIVATE") =>
        Queue(FakeZaloUpdates.Image(chatId, fromId, photoUrl, caption, chatType, Now));

    public JsonObject SendSticker(string chatId, string fromId, string sticker, string chatType = "PRIVATE") =>
        Queue(FakeZaloUpdates.Sticker(chatId, fromId, sticker, chatType, Now));

    public JsonObject SendUnsupported(string chatId, string fromId, string chatType = "PRIVATE") =>
        Queue(FakeZaloUpdates.Unsupported(chatId, fromId, chatType, Now));

    /// <summary>
    /// Posts <paramref name="update"/> (a <see cref="JsonNode"/> or anything System.Text.Json serializes) to the URL
    /// the bot gave to setWebhook, with the secret it gave in <c>X-Bot-Api-Secret-Token</c>.
    /// </summary>
    /// <param name="wrapped">Send <c>{"ok":true,"result":update}</c>, as Zalo sometimes does, rather than the bare update.</param>
    /// <param name="secretOverride">A different secret, to check the bot refuses it.</param>
    /// <returns>The bot's HTTP status.</returns>
    /// <exception cref="InvalidOperationException">No webhook is set.</exception>
    public async Task<HttpStatusCode> DeliverToWebhook(object update, bool wrapped, string? secretOverride = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        var node = update as JsonNode ?? JsonSerializer.SerializeToNode(update, update.GetType());
        var body = wrapped ? new JsonObject { ["ok"] = true, ["result"] = node?.DeepClone() } : node;
        _activity.Begin();
        try
        {
            return await _webhook.Deliver(_http, body?.ToJsonString() ?? "null", secretOverride, _stopping.Token);
        }
        finally
        {
            _activity.End();
        }
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private JsonObject Queue(JsonObject update)
    {
        _updates.Enqueue((JsonObject)update.DeepClone());
        return update;
    }
}
