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

    /// <summary>A channel's HTTP-like error code, as every channel answers it: 429, 403, 5xx, anything else.</summary>
    public static DeliveryException FromStatus(int code, string message, TimeSpan retryAfter, Exception inner) => code switch
    {
        429 => new DeliveryException(DeliveryFailure.RateLimited, message, retryAfter, inner),
        403 => new DeliveryException(DeliveryFailure.Blocked, message, null, inner),
        >= 500 => new DeliveryException(DeliveryFailure.Transient, message, null, inner),
        _ => new DeliveryException(DeliveryFailure.Rejected, message, null, inner),
    };
}
