using Microsoft.Extensions.Options;
using SoLienLac.Domain.Links;

namespace SoLienLac.Bot.Conversations;

/// <summary>
/// Updates are answered one at a time, so one chat sending without pause would make every other family
/// wait. A chat gets <see cref="IncomingOptions.MessagesPerMinute"/> answers in any minute (a sliding
/// window); the first message over that is answered with a note, and from then on the chat is not
/// answered for a whole minute, whatever it sends — so a flood costs the bot one message, not an answer each.
/// </summary>
public sealed class FloodGate(IOptions<IncomingOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, FloodWindow> _chats = [];
    private readonly Lock _lock = new();

    public int Limit => options.Value.MessagesPerMinute;

    public FloodVerdict Admit(ChatAddress chat)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_chats.TryGetValue(chat.Key, out var window))
            {
                if (_chats.Count >= 10_000) Forget(now);
                _chats[chat.Key] = window = new FloodWindow();
            }
            if (now < window.QuietUntil) return FloodVerdict.Drop;
            while (window.Answered.Count > 0 && window.Answered.Peek() <= now - Window) window.Answered.Dequeue();
            if (window.Answered.Count < Limit)
            {
                window.Answered.Enqueue(now);
                return FloodVerdict.Answer;
            }
            window.QuietUntil = now + Window;
            return FloodVerdict.TellOnce;
        }
    }

    /// <summary>Chats quiet for a minute need no entry: keeps the map small however many chats write.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, _) in _chats.Where(p => p.Value.QuietUntil <= now && p.Value.Answered.All(at => at <= now - Window)).ToList())
            _chats.Remove(key);
    }
}
