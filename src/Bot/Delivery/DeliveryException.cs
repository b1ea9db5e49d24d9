namespace SoLienLac.Bot.Delivery;

public enum DeliveryFailure
{
    /// <summary>The channel asks to slow down (HTTP 429): wait <see cref="DeliveryException.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>The person blocked the bot or left (HTTP 403): stop sending to that chat.</summary>
    Blocked,

    /// <summary>Server error or network: try again later.</summary>
    Transient,

    /// <summary>The channel refuses this message for good (a bad request): trying again will not help.</summary>
    Rejected,
}

/// <summary>A channel's refusal, said the same way whatever the channel; adapters translate their own errors to it.</summary>
public sealed class DeliveryException(DeliveryFailure failure, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public DeliveryFailure Failure { get; } = failure;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
