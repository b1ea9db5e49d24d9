using System.Collections.Concurrent;
using System.Globalization;
using SoLienLac.Bot.Conversations.Messages;
using SoLienLac.Bot.Storage.LiteDb;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>
/// Zalo has no inline buttons: choices are listed as numbered options, and a reply of "1", "2", …
/// stands for the button. The options offered last to each chat are kept in the store (so a restart
/// between the question and the answer changes nothing) and in memory for the next answer.
/// </summary>
public sealed class ZaloOptionsMemory(LiteDbOfferedOptions store)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ReplyButton>> _offered = new();

    public void Offer(ChatAddress chat, IReadOnlyList<ReplyButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        if (buttons.Count == 0) return;
        store.Save(chat, buttons);
        _offered[chat.Key] = buttons;
    }

    public string? Choice(ChatAddress chat, string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        // After a restart the memory is empty: the store still knows what was offered.
        var buttons = _offered.TryGetValue(chat.Key, out var known) ? known : store.Of(chat);
        if (buttons is null) return null;
        if (known is null) _offered[chat.Key] = buttons;
        return n >= 1 && n <= buttons.Count ? buttons[n - 1].Command : null;
    }
}
