namespace SoLienLac.Domain.Links;

/// <summary>The failed verification attempts of each chat, for <see cref="VerificationLock"/>.</summary>
public interface IVerificationAttempts
{
    IReadOnlyList<DateTimeOffset> FailuresOf(ChatAddress chat);

    void RecordFailure(ChatAddress chat, DateTimeOffset at);

    /// <summary>Forgets every failure before <paramref name="before"/>, of every chat; returns how many.</summary>
    int ForgetBefore(DateTimeOffset before);
}
