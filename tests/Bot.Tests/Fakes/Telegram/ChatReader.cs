namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>
/// Reads what a fake API sent, chat by chat and forward: a wait starts after the last message an
/// earlier wait returned for that chat, so consecutive waits walk through a conversation in order.
/// Shared by the fake Bot API and the fake Zalo API.
/// </summary>
internal sealed class ChatReader<TMessage, TChat>(Journal<TMessage> sent, Func<TMessage, TChat> chatOf)
    where TChat : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TChat, int> _cursors = [];

    /// <summary>The next <paramref name="count"/> messages to the chat (that match); null when they did not come in time.</summary>
    public async Task<IReadOnlyList<TMessage>?> Next(TChat chat, int count, Func<TMessage, bool>? match, TimeSpan wait)
    {
        int start;
        lock (_gate) start = _cursors.GetValueOrDefault(chat);
        var found = new List<(int Index, TMessage Message)>();
        var arrived = await sent.WaitUntil(all =>
        {
            found.Clear();
            for (var i = start; i < all.Count && found.Count < count; i++)
                if (EqualityComparer<TChat>.Default.Equals(chatOf(all[i]), chat) && (match?.Invoke(all[i]) ?? true)) found.Add((i, all[i]));
            return found.Count == count;
        }, wait);
        if (!arrived) return null;
        lock (_gate) _cursors[chat] = Math.Max(_cursors.GetValueOrDefault(chat), found[^1].Index + 1);
        return [.. found.Select(f => f.Message)];
    }
}
