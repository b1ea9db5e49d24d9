namespace SoLienLac.Bot.Tests.Fakes.Zalo;

/// <summary>The failures a test has asked for, handed out one call at a time.</summary>
internal sealed class ZaloFaultPlan
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Func<ZaloApiResult>>> _byMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _forbiddenChats = new(StringComparer.Ordinal);

    public void Add(string method, int times, Func<ZaloApiResult> fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        lock (_gate)
        {
            if (!_byMethod.TryGetValue(method, out var queue)) _byMethod[method] = queue = new();
            for (var i = 0; i < times; i++) queue.Enqueue(fault);
        }
    }

    public void Forbid(string chatId)
    {
        lock (_gate) _forbiddenChats.Add(chatId);
    }

    /// <summary>The failure this call gets, or null when it should be served.</summary>
    public ZaloApiResult? Next(ZaloApiRequest request)
    {
        lock (_gate)
        {
            if (_byMethod.TryGetValue(request.Method, out var queue) && queue.TryDequeue(out var fault)) return fault();
            var toChat = request.Method.StartsWith("send", StringComparison.OrdinalIgnoreCase);
            return toChat && request.String("chat_id") is { } chatId && _forbiddenChats.Contains(chatId)
                ? ZaloApiResult.Forbidden
                : null;
        }
    }
}
