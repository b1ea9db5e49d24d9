using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SoLienLac.Bot.Delivery;

/// <summary>
/// One <see cref="RateGate"/> per channel: each platform counts its own messages (Telegram 30 a
/// second per bot, Zalo its own), so a 429 from Telegram slows Telegram only, never Zalo.
/// </summary>
public sealed class RateGates(IOptions<DeliveryOptions> options, TimeProvider? pacing = null)
{
    private readonly ConcurrentDictionary<string, RateGate> _gates = new(StringComparer.Ordinal);

    public RateGate For(string channel) => _gates.GetOrAdd(channel, _ => new RateGate(options, pacing));
}
