namespace SoLienLac.Bot.Conversations;

/// <summary>What <see cref="FloodGate"/> says of one incoming message.</summary>
public enum FloodVerdict
{
    /// <summary>Within the limit: answer it.</summary>
    Answer,

    /// <summary>The first over the limit: tell the chat, once, instead of answering.</summary>
    TellOnce,

    /// <summary>Over the limit and already told: nothing is sent until the minute has passed.</summary>
    Drop,
}
