using System.Collections.Concurrent;
using System.Globalization;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// Zalo has no inline buttons: choices are listed as numbered options, and a reply of "1", "2", …
/// stands for the button. The options offered last to each chat are remembered here.
/// </summary>
public sealed class ZaloOptionsMemory
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ReplyButton>> _offered = new();

    public void Offer(ChatAddress chat, IReadOnlyList<ReplyButton> buttons)
    {
        if (buttons.Count == 0) return;
        _offered[chat.Key] = buttons;
    }

    public string? Choice(ChatAddress chat, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && _offered.TryGetValue(chat.Key, out var buttons) && n >= 1 && n <= buttons.Count
            ? buttons[n - 1].Command
            : null;
}
