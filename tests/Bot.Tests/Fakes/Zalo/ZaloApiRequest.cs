using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>
/// The parameters of one call: the JSON body (empty means none) plus the query string. Numbers may come as
/// strings or numbers, e.g. getUpdates' <c>timeout</c>, so the accessors read both.
/// </summary>
internal sealed class ZaloApiRequest(string method, JsonObject parameters)
{
    public string Method { get; } = method;

    public JsonObject Parameters { get; } = parameters;

    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static async Task<ZaloApiRequest> Read(string method, HttpRequest http, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var parameters = string.IsNullOrWhiteSpace(text)
            ? []
            : JsonNode.Parse(text) as JsonObject ?? throw new JsonException("the body must be a JSON object");
        foreach (var (name, value) in http.Query) parameters[name] ??= value.ToString();
        return new ZaloApiRequest(method, parameters);
    }

    public string? String(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public double? Number(string name) =>
        double.TryParse(String(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
