namespace SoLienLac.Bot.Channels.Zalo;

/// <summary>The Zalo Bot API answered <c>ok: false</c>.</summary>
public sealed class ZaloApiException(int errorCode, string description)
    : Exception($"Zalo Bot API error {errorCode}: {description}")
{
    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;
}
