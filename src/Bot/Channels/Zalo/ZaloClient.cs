using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// The Zalo Bot Platform over HTTP: <c>POST {base}/bot{token}/{method}</c> with JSON, answers
/// <c>{ok, result, error_code, description}</c>. There is no .NET SDK; this is all the bot needs.
/// </summary>
public sealed class ZaloClient(HttpClient http, IOptions<ZaloOptions> options)
{
    /// <summary>The error code getUpdates answers when its long poll ends with no update.</summary>
    public const int PollTimedOut = 408;

    public async Task<JsonElement> CallAsync(string method, object? parameters, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var url = new Uri($"{o.ApiBaseUrl.ToString().TrimEnd('/')}/bot{o.BotToken}/{method}");
        using var response = await http.PostAsJsonAsync(url, parameters ?? new { }, cancellationToken);
        JsonElement body;
        try
        {
            body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        }
        catch (JsonException)
        {
            throw new ZaloApiException((int)response.StatusCode, $"not a JSON answer ({response.StatusCode})");
        }
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
            return body.TryGetProperty("result", out var result) ? result.Clone() : default;
        var code = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error_code", out var c) && c.TryGetInt32(out var n) ? n : (int)response.StatusCode;
        var description = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("description", out var d) ? d.ToString() : response.ReasonPhrase ?? "";
        throw new ZaloApiException(code, description);
    }

    /// <summary>One update, or null when the long poll ended with none (error 408).</summary>
    public async Task<ZaloUpdate?> GetUpdateAsync(int timeoutSeconds, CancellationToken cancellationToken)
    {
        try
        {
            var result = await CallAsync("getUpdates", new { timeout = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) }, cancellationToken);
            return ZaloUpdates.Read(result);
        }
        catch (ZaloApiException e) when (e.ErrorCode == PollTimedOut)
        {
            return null;
        }
    }

    public Task<JsonElement> GetMeAsync(CancellationToken cancellationToken) => CallAsync("getMe", null, cancellationToken);

    public Task SendMessageAsync(string chatId, string text, CancellationToken cancellationToken) =>
        CallAsync("sendMessage", new { chat_id = chatId, text }, cancellationToken);

    public Task SetWebhookAsync(Uri url, string secret, CancellationToken cancellationToken) =>
        CallAsync("setWebhook", new { url = url.ToString(), secret_token = secret }, cancellationToken);

    public Task DeleteWebhookAsync(CancellationToken cancellationToken) => CallAsync("deleteWebhook", null, cancellationToken);
}
