using System.Text.Json.Serialization;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>An event from the Zalo Bot Platform: <c>message.text.received</c>, <c>message.image.received</c>, …</summary>
public sealed record ZaloUpdate(
    [property: JsonPropertyName("event_name")] string EventName,
    [property: JsonPropertyName("message")] ZaloMessage? Message);

public sealed record ZaloMessage(
    [property: JsonPropertyName("message_id")] string? MessageId,
    [property: JsonPropertyName("from")] ZaloUser? From,
    [property: JsonPropertyName("chat")] ZaloChat? Chat,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("caption")] string? Caption);

public sealed record ZaloUser([property: JsonPropertyName("id")] string Id);

public sealed record ZaloChat(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("chat_type")] string? ChatType);
