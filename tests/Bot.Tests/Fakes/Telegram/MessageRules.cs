using System.Text;
using System.Text.Json.Nodes;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>The limits the real Bot API enforces on what a bot sends, with the descriptions it answers.</summary>
internal static class MessageRules
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;
    public const int MaxCallbackDataBytes = 64;

    public static BotApiResult? CheckText(string? text, string? parseMode) =>
        string.IsNullOrWhiteSpace(text) ? BotApiResult.BadRequest("message text is empty")
        : Problem(text, parseMode, MaxTextLength, "message is too long");

    public static BotApiResult? CheckCaption(string? caption, string? parseMode) =>
        caption is null ? null : Problem(caption, parseMode, MaxCaptionLength, "message caption is too long");

    public static BotApiResult? CheckMarkup(JsonNode? markup)
    {
        if (markup?["inline_keyboard"] is not JsonArray rows) return null;
        foreach (var button in rows.OfType<JsonArray>().SelectMany(row => row).OfType<JsonObject>())
        {
            if (button.Count < 2) return BotApiResult.BadRequest("text buttons are unallowed in the inline keyboard");
            if (button["callback_data"]?.GetValue<string>() is { } data
                && Encoding.UTF8.GetByteCount(data) is 0 or > MaxCallbackDataBytes)
                return BotApiResult.BadRequest("BUTTON_DATA_INVALID");
        }
        return null;
    }

    private static BotApiResult? Problem(string text, string? parseMode, int maxLength, string tooLong)
    {
        var html = string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase);
        if (html && TelegramHtml.Problem(text) is { } problem) return BotApiResult.BadRequest(problem);
        var visible = html ? TelegramHtml.Visible(text) : text;
        return visible.Length > maxLength ? BotApiResult.BadRequest(tooLong) : null;
    }
}
