namespace SoLienLac.Bot.Tests.Fakes.Telegram;

/// <summary>The failures a test has asked for, handed out one call at a time.</summary>
internal sealed class FaultPlan
{
    private static readonly string[] ChatMethodPrefixes = ["send", "edit", "copy", "forward"];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Func<BotApiResult>>> _byMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> _blockedChats = [];
    private readonly Dictionary<long, int> _heldChats = [];

    public void Add(string method, int times, Func<BotApiResult> fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        lock (_gate)
        {
            if (!_byMethod.TryGetValue(method, out var queue)) _byMethod[method] = queue = new();
            for (var i = 0; i < times; i++) queue.Enqueue(fault);
        }
    }

    public void Block(long chatId)
    {
        lock (_gate) _blockedChats.Add(chatId);
    }

    public void Hold(long chatId)
    {
        lock (_gate) _heldChats.TryAdd(chatId, 0);
    }

    /// <summary>True when this call is to a held chat (and counts it): it gets no answer at all.</summary>
    public bool Holds(BotApiRequest request)
    {
        lock (_gate)
        {
            var toChat = ChatMethodPrefixes.Any(p => request.Method.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            if (!toChat || request.Long("chat_id") is not { } chatId || !_heldChats.TryGetValue(chatId, out var held)) return false;
            _heldChats[chatId] = held + 1;
            return true;
        }
    }

    public int HeldCalls(long chatId)
    {
        lock (_gate) return _heldChats.GetValueOrDefault(chatId);
    }

    /// <summary>The failure this call gets, or null when it should be served.</summary>
    public BotApiResult? Next(BotApiRequest request)
    {
        lock (_gate)
        {
            if (_byMethod.TryGetValue(request.Method, out var queue) && queue.TryDequeue(out var fault))
                return fault();
            var toChat = ChatMethodPrefixes.Any(p => request.Method.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            return toChat && request.Long("chat_id") is { } chatId && _blockedChats.Contains(chatId)
                ? BotApiResult.BlockedByUser
                : null;
        }
    }
}
