using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// The parameters of one call, from the query string, a JSON body or a form, as the Bot API accepts all three.
/// Form fields arrive as strings (Telegram.Bot sends nested objects such as reply_markup as JSON text),
/// so the accessors read both shapes.
/// </summary>
internal sealed class BotApiRequest(string method, JsonObject parameters, IReadOnlyDictionary<string, UploadedFile> files)
{
    public string Method { get; } = method;

    public JsonObject Parameters { get; } = parameters;

    public static async Task<BotApiRequest> Read(string method, HttpRequest http, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject();
        var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
        foreach (var (name, value) in http.Query) parameters[name] = value.ToString();
        if (http.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(http.Body, cancellationToken: cancellationToken) is JsonObject body)
                foreach (var (name, value) in body) parameters[name] = value?.DeepClone();
        }
        else if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(cancellationToken);
            foreach (var (name, value) in form) parameters[name] = value.ToString();
            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes, cancellationToken);
                files[file.Name] = new UploadedFile(file.FileName, bytes.ToArray());
            }
        }
        return new BotApiRequest(method, parameters, files);
    }

    public string? String(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public long? Long(string name) =>
        long.TryParse(String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public bool Bool(string name) => String(name) is "true" or "True" or "1";

    /// <summary>A nested object or array, whether it came as JSON or as JSON text in a form field.</summary>
    public JsonNode? Json(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Parse(value.GetValue<string>()),
        var other => other.DeepClone(),
    };

    /// <summary>
    /// The file a parameter points at with <c>attach://part</c>, as Telegram.Bot uploads every stream,
    /// or a file part carrying the parameter's own name, as other clients do.
    /// </summary>
    public UploadedFile? Attachment(string name) => String(name) switch
    {
        null => files.GetValueOrDefault(name),
        var value when value.StartsWith("attach://", StringComparison.Ordinal) => files.GetValueOrDefault(value["attach://".Length..]),
        _ => null,
    };

    private static JsonNode? Parse(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return JsonValue.Create(text); }
    }
}
