using System.Text.Encodings.Web;
using System.Text.Json;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Delivery;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Delivery;

/// <summary>A reply written into the outbox as its message's body, and read back to be sent.</summary>
public static class OutboxMessages
{
    /// <summary>
    /// Vietnamese kept as it is written: the default encoder writes every accented letter as
    /// <c>\uXXXX</c>, which makes a summary three times the size to store and to index pages.
    /// (The escaping it skips is for JSON put into HTML; this JSON only goes into the store.)
    /// </summary>
    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static OutboxMessage Of(string id, ChatAddress chat, Reply reply, DateTimeOffset createdAt, DateTimeOffset notBefore, CodeHolder? forWhom = null) =>
        new(id, chat, JsonSerializer.Serialize(reply, AsWritten), createdAt, notBefore) { For = forWhom };

    public static Reply ReplyOf(this OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Deserialize<Reply>(message.Body, AsWritten) ?? throw new JsonException($"{message.Id} has no reply");
    }
}
