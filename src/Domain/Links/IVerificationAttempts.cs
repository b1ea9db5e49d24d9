namespace SoLienLac.Domain.Links;

/// <summary>
/// The failed verification attempts: of each chat, for <see cref="VerificationLock"/>, and against
/// each code typed after /start (a student's or a teacher's), from any chat, for <see cref="HolderLock"/>.
/// </summary>
public interface IVerificationAttempts
{
    IReadOnlyList<DateTimeOffset> FailuresOf(ChatAddress chat);

    /// <summary>The failures of every chat against one code typed after /start.</summary>
    IReadOnlyList<CodeFailure> FailuresAgainst(string holderCode);

    /// <param name="against">The code typed after /start that the wrong proof was for, if any.</param>
    void RecordFailure(ChatAddress chat, DateTimeOffset at, string? against = null);

    /// <summary>Forgets every failure before <paramref name="before"/>, of every chat; returns how many.</summary>
    int ForgetBefore(DateTimeOffset before);
}
