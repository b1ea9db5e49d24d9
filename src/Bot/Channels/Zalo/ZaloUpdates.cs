using System.Text.Json;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>Turns a Zalo event into the channel-neutral message (a typed "1" is the engine's to read: <see cref="Conversations.Choices.OfferedChoices"/>).</summary>
public static class ZaloUpdates
{
    public const string Channel = "zalo";

    /// <summary>Reads an update, unwrapping <c>{ok, result}</c> when a webhook body comes that way.</summary>
    public static ZaloUpdate? Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) return null;
        if (json.TryGetProperty("result", out var inner) && inner.ValueKind == JsonValueKind.Object) json = inner;
        return json.TryGetProperty("event_name", out _) ? json.Deserialize<ZaloUpdate>() : null;
    }

    public static IncomingMessage? ToIncoming(ZaloUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Message is not { Chat: { } chat, From: { } from } message) return null;
        var address = new ChatAddress(Channel, chat.Id);
        // Fail closed: only a chat Zalo calls PRIVATE is private. A type missing or not known yet (a new
        // kind of group) is treated as a group, where no record is ever shown.
        var incoming = new IncomingMessage(address, from.Id, string.Equals(chat.ChatType, "PRIVATE", StringComparison.OrdinalIgnoreCase));
        var text = update.EventName == "message.text.received" ? message.Text : message.Caption;
        // Stickers, images and anything else without text still get an answer (never silence).
        if (string.IsNullOrWhiteSpace(text)) return incoming with { Text = "…" };
        return incoming with { Text = text };
    }
}
