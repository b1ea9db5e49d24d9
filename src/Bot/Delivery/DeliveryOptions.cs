using System.ComponentModel.DataAnnotations;

namespace SoLienLac.Bot.Delivery;

/// <summary>The <c>Delivery</c> section: how fast the bot may send on its own initiative.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Overall messages a second per bot: 25 fits Telegram's free limit; up to 1,000 for paid broadcast.</summary>
    [Range(0.1, 1000)]
    public double MessagesPerSecond { get; set; } = 25;

    /// <summary>The least time between two messages to the same chat (Telegram: about one a second).</summary>
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the sender looks for due messages when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a message taken for sending is held before another sender may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// One process sends for the bot's tokens at a time (the platforms' limits are per token): it holds a
    /// lease in the store this long and renews it every third of it; when its process dies another takes
    /// over once the lease runs out — within seconds.
    /// </summary>
    public TimeSpan SenderLease { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>New scores wait this long before the parents are told, so a teacher can fix a typo first.</summary>
    public TimeSpan ScoreAlertGrace { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long sent, failed and blocked messages stay in the outbox (for <c>status</c>, and to see what
    /// a family was sent); older ones are deleted every night, so the file does not grow for ever.
    /// </summary>
    public TimeSpan KeepDelivered { get; set; } = TimeSpan.FromDays(180);

    /// <summary>Attempts after which a message that keeps failing is given up (status Failed).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;
}
