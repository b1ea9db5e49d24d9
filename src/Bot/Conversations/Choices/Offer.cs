namespace SoLienLac.Bot.Conversations.Choices;

/// <summary>
/// The choices one reply offered — its buttons — each with the key a person types to pick it where a
/// channel shows no buttons (Zalo, the local chat): "1", "2" for the reply that answered them, "A",
/// "B" for a message the bot sent on its own. Kept by the engine, so "1" means the same on every
/// channel, after a restart too, until it expires.
/// </summary>
public sealed record Offer(string Id, IReadOnlyList<OfferedChoice> Choices, DateTimeOffset ExpiresAt)
{
    /// <summary>How long a conversation's choices can be answered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public OfferedChoice? Find(string key) => Choices.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));

    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;
}

/// <summary>One choice: the key typed for it, the button's label, and the command it stands for.</summary>
public sealed record OfferedChoice(string Key, string Label, string Command);
