using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>Something the bot put in front of a user: a message, a document, a photo or an edit of one.</summary>
/// <param name="Method">The Bot API method, e.g. <c>sendMessage</c>, <c>editMessageText</c>, <c>sendDocument</c>.</param>
/// <param name="Text">The text, or the caption of a document or photo.</param>
/// <param name="ReplyMarkup">The <c>reply_markup</c> exactly as the bot sent it.</param>
public sealed record SentMessage(
    long ChatId,
    int MessageId,
    string Method,
    string? Text,
    JsonNode? ReplyMarkup,
    string? DocumentName = null,
    byte[]? DocumentBytes = null,
    string? ParseMode = null)
{
    /// <summary>When the fake took it (<see cref="System.Diagnostics.Stopwatch"/> ticks): to measure a sender's rate.</summary>
    public long ReceivedAt { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>The text as the user reads it: HTML tags gone, entities decoded.</summary>
    public string? VisibleText =>
        Text is not null && string.Equals(ParseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.Visible(Text) : Text;

    public override string ToString() =>
        $"#{MessageId} {Method} \"{Text}\"" +
        (DocumentName is null ? "" : $" [{DocumentName}, {DocumentBytes?.Length ?? 0} bytes]") +
        (ReplyMarkup is null ? "" : $" {ReplyMarkup.ToJsonString()}");
}
