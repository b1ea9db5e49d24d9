using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// The HTML subset Telegram accepts with <c>parse_mode=HTML</c>. A stray <c>&lt;</c> (a name such as
/// "Lê &lt;Minh&gt;", a comparison "điểm &lt; 5") makes the real API refuse the whole message.
/// </summary>
internal static partial class TelegramHtml
{
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"];

    /// <summary>Why Telegram would refuse <paramref name="html"/>, in its own words, or null.</summary>
    public static string? Problem(string html)
    {
        var open = new Stack<string>();
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0; i = html.IndexOf('<', i + 1))
        {
            var at = Encoding.UTF8.GetByteCount(html.AsSpan(0, i));
            var end = html.IndexOf('>', i);
            if (end < 0) return $"can't parse entities: Unclosed start tag at byte offset {at}";
            var inner = html[(i + 1)..end].Trim();
            if (inner.StartsWith('/'))
            {
                var name = inner[1..].Trim().ToLowerInvariant();
                if (!open.TryPop(out var expected))
                    return $"can't parse entities: Unexpected end tag at byte offset {at}";
                if (expected != name)
                    return $"can't parse entities: Unmatched end tag at byte offset {at}, expected \"</{expected}>\", found \"</{name}>\"";
            }
            else
            {
                var name = TagName().Match(inner).Value.ToLowerInvariant();
                if (!Tags.Contains(name)) return $"can't parse entities: Unsupported start tag \"{name}\" at byte offset {at}";
                open.Push(name);
            }
            i = end;
        }
        return open.TryPeek(out var unclosed)
            ? $"can't parse entities: Can't find end tag corresponding to start tag \"{unclosed}\""
            : null;
    }

    /// <summary>The text a user reads, which is what Telegram's length limits count.</summary>
    public static string Visible(string html) => WebUtility.HtmlDecode(AnyTag().Replace(html, ""));

    [GeneratedRegex(@"^[^\s/]*")]
    private static partial Regex TagName();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();
}
